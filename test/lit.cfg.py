# lit configuration for sharedmem.  Tests run with bash (external shell) so
# RUN lines can loop over team sizes.
import os
import sys

import lit.formats

sys.path.insert(0, os.path.dirname(__file__))

config.name = "sharedmem"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in", "CMakeLists.txt",
                   "sm_lit_formats.py", "__pycache__"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.sm_obj_root, "test")

bindir = os.path.join(config.sm_obj_root, "bin")
config.environment["PATH"] = os.pathsep.join(
    [bindir, config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
for var in ["HOME", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
# Tests choose their team size explicitly; never inherit the caller's.
for var in ["SM_NUM_WORKERS", "OMP_NUM_THREADS", "SM_SCHEDULE", "OMP_SCHEDULE", "SM_DEBUG",
            "SM_STATS", "SM_TRACE"]:
    config.environment.pop(var, None)

config.substitutions.append(("%smpp", os.path.join(bindir, "smpp")))
config.substitutions.append(("%smcc", os.path.join(bindir, "smcc")))
config.substitutions.append(("%sm_include", os.path.join(config.sm_obj_root, "include")))
config.substitutions.append(("%sm_lib", os.path.join(config.sm_obj_root, "lib")))
# A sanitized runtime needs sanitized programs: when sanitizing, %cc, %rtcc
# and smcc's compiler are a wrapper that adds the sanitizer flags (UBSan
# errors fatal, as in the tools and the runtime).
sm_cc = config.sm_c_compiler
if config.sm_sanitize:
    sm_cc = os.path.join(config.test_exec_root, "sanitize-cc")
    os.makedirs(config.test_exec_root, exist_ok=True)
    with open(sm_cc, "w") as f:
        f.write('#!/bin/sh\nexec %s -fsanitize=address,undefined -fno-sanitize-recover=undefined '
                '-fno-omit-frame-pointer "$@"\n'
                % config.sm_c_compiler)
    os.chmod(sm_cc, 0o755)
    config.environment["SMCC_CC"] = sm_cc
config.substitutions.append(("%cc", sm_cc))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
# Compile a runtime unit test straight against the library (no rewriter).
config.substitutions.append(("%rtcc", "%s -std=gnu11 -Wall -Wextra -Werror -g -I%s %%s -L%s -lsharedmem -o %%t" % (
    sm_cc, os.path.join(config.sm_obj_root, "include"),
    os.path.join(config.sm_obj_root, "lib"))))
if config.sm_sanitize:
    config.available_features.add("sanitize")


def shared_memory_gets_huge_pages():
    try:
        with open("/sys/kernel/mm/transparent_hugepage/shmem_enabled") as f:
            setting = f.read()
    except OSError:
        return False
    return any(w in setting for w in ("[always]", "[within_size]", "[advise]", "[force]"))


# The runtime takes other paths where shared memory gets huge pages
# (docs/library.md, sm_fromfile).
if shared_memory_gets_huge_pages():
    config.available_features.add("shmem-huge-pages")

# No test may hang the suite: lit kills a test after this many seconds
# (lit needs python3-psutil for that, which `make deps` installs).
try:
    import psutil  # noqa: F401

    lit_config.maxIndividualTestTime = 600
except ImportError:
    lit_config.warning("python3-psutil is missing: tests run without a time limit")
