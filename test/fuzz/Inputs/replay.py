"""Replays the fuzz corpus through the smpp binary.

Each corpus file is read as tool/fuzz/smpp_fuzz.c reads it: the first byte
picks the back end ((byte >> 1) % 3); the rest is run both as a whole C file
and as directive text spliced into the fuzzer's template.  smpp must exit 0,
or 1 with an "error:" diagnostic: never a signal, never a hang.

usage: replay.py SMPP CORPUS_DIR WORK_DIR
"""
import concurrent.futures
import os
import subprocess
import sys

BACKENDS = ["--backend=process", "--backend=serial", "--backend=openmp"]
TEMPLATE = (b"int g[64];\n#pragma sm %s\nint f(int n) {\n    int s = 0;\n#pragma sm %s\n"
            b"    for (int i = 0; i < n; i++)\n        s += g[i];\n    return s;\n}\n")


def spliced(text):
    line = bytes(32 if c in b"\n\r\0" else c for c in text)
    return TEMPLATE % (line, line)


def check(smpp, path, backend):
    try:
        r = subprocess.run([smpp, backend, path, "-o", path + ".out"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=10)
    except subprocess.TimeoutExpired:
        return "hang"
    if r.returncode == 0:
        return None
    if r.returncode == 1:
        return None if b"error:" in r.stderr else "exit 1 without 'error:'"
    return "exit status %d: %s" % (r.returncode, r.stderr.decode(errors="replace")[-2000:])


def replay(smpp, corpus, work, name):
    data = open(os.path.join(corpus, name), "rb").read()
    if not data:
        return []
    backend = BACKENDS[(data[0] >> 1) % 3]
    failures = []
    for mode, text in (("file", data[1:]), ("pragma", spliced(data[1:]))):
        path = os.path.join(work, "%s-%s.c" % (name, mode))
        with open(path, "wb") as f:
            f.write(text)
        why = check(smpp, path, backend)
        if why:
            failures.append("FAIL: %s (%s, %s): %s" % (name, mode, backend, why))
    return failures


def main():
    smpp, corpus, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    names = sorted(os.listdir(corpus))
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda n: replay(smpp, corpus, work, n), names))
    failures = [f for r in results for f in r]
    for f in failures:
        print(f)
    print("replayed %d inputs: %d failures" % (len(names), len(failures)))


main()
