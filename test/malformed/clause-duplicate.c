// Malformed: a clause that may appear only once, twice.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-duplicate.c:10:36: error: '#pragma sm parallel' cannot have more than one 'num_workers' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel num_workers(2) num_workers(3)
    {
        s++;
    }
    return s;
}
