// No lost-write warning on correct code: clause variables, loop variables,
// variables declared in the region, writes through pointers, writes in
// master, threadprivate and file-scope shared globals.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s --allow-empty --implicit-check-not=warning:

int tp;
int shared_g;
#pragma sm threadprivate(tp)
#pragma sm shared(shared_g)
struct S {
    int f;
};

void f(int *p, struct S *sp, int n) {
    int sum = 0, priv, first = 1, last = 0, shared = 0, master_only = 0, i;
#pragma sm parallel for reduction(+ : sum) private(priv) firstprivate(first) lastprivate(last) shared(shared)
    for (i = 0; i < n; i++) {
        int inner = i;
        inner++;
        sum += i;
        priv = first++;
        last = priv;
        shared = 1;
        p[i] = inner;
        *p = 1;
        sp->f = 2;
        tp = 3;
        shared_g = 4;
    }
#pragma sm parallel
    {
#pragma sm master
        master_only = 1;
    }
}
