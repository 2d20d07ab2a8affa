# Test formats for the sharedmem lit suite (imported by lit.cfg.py; kept in
# a module of its own so lit's worker processes can unpickle them).
import os

import lit.formats
import lit.Test


class ElsewhereTest(lit.Test.Test):
    """A test whose source file lives outside its directory in the suite."""

    def getSourcePath(self):
        return self.file_path


class SiblingDirectoryTests(lit.formats.ShTest):
    """Runs the tests of another directory (e.g. test/run) again, under this
    directory's configuration (e.g. with different substitutions)."""

    def __init__(self, sibling):
        super().__init__(execute_external=True)
        self.sibling = sibling

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        here = testSuite.getSourcePath(path_in_suite)
        source_dir = os.path.join(os.path.dirname(here), self.sibling)
        for name in sorted(os.listdir(source_dir)):
            if os.path.splitext(name)[1] in localConfig.suffixes:
                yield ElsewhereTest(testSuite, path_in_suite + (name,), localConfig,
                                    file_path=os.path.join(source_dir, name))
