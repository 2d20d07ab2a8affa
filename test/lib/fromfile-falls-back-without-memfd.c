// When the kernel refuses memfd_create (here: a seccomp filter makes it fail
// with ENOSYS), a large sm_fromfile falls back to pread and still reads the
// file, with no memfd mapped.
// RUN: %rtcc
// RUN: head -c 20000000 /dev/urandom > %t.bin
// RUN: for n in 1 2; do SM_NUM_WORKERS=$n %t %t.bin; done | FileCheck %s
// CHECK-COUNT-2: memfd_create: ENOSYS; read 20000000, same as the file; memfd mapped: no
#define _GNU_SOURCE
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sharedmem.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static void refuse_memfd_create(void) {
    struct sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_memfd_create, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {sizeof filter / sizeof filter[0], filter};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
        prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0)
        perror("seccomp"), exit(1);
}

static int memfd_mapped(void) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int found = 0;
    while (fgets(line, sizeof line, f))
        found |= strstr(line, "memfd:sm_fromfile") != NULL;
    fclose(f);
    return found;
}

int main(int argc, char **argv) {
    size_t count = 0, bytes = 20000000;
    char *expect = malloc(bytes), *data;
    FILE *f = fopen(argv[1], "rb");
    (void)argc;
    if (fread(expect, 1, bytes, f) != bytes)
        return 1;
    fclose(f);
    refuse_memfd_create();
    printf("memfd_create: %s; ",
           memfd_create("probe", 0) < 0 && errno == ENOSYS ? "ENOSYS" : "works");
    data = sm_fromfile(argv[1], 1, &count, 0);
    if (!data)
        return printf("sm_fromfile: %s\n", sm_last_error()), 1;
    printf("read %zu, %s the file; memfd mapped: %s\n", count,
           memcmp(data, expect, bytes) == 0 ? "same as" : "DIFFERENT from",
           memfd_mapped() ? "yes" : "no");
    sm_free(data);
    free(expect);
    return 0;
}
