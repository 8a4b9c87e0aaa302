"""A drop-in perf_takehome.py for the performance take-home that compiles the
requested shape with xyz.

Put it where the take-home's perf_takehome.py is, as a symbolic link (it then
finds xyz_takehome.py and the xyz checkout beside its real path):

    ln -sf /path/to/xyz/takehome/perf_takehome.py perf_takehome.py

or as a copy with XYZ_HOME set to the xyz checkout. build_kernel runs
`xyz-opt ... --xyz-specialize=... --xyz-schedule | xyz-translate
--vliw-to-json` for the shape the harness asks for (or loads
$XYZ_PROGRAM_DIR/tree_hash-h{H}-r{R}-b{B}.json if that exists) and fills
self.instrs with the bundles in the harness's form. Tools are looked up as
xyz_takehome.py says ($XYZ_BIN, the checkout's build/bin, $PATH). A missing
tool or a shape the kernel rejects raises xyz_takehome.XyzError (a
RuntimeError) with the tool's message.

For a file that needs no tools at run time, see
`python3 takehome/xyz_takehome.py emit` (docs/takehome.md).
"""
import importlib.util
import os
import sys

try:
    from problem import DebugInfo
except ImportError:  # outside the take-home checkout
    from dataclasses import dataclass

    @dataclass
    class DebugInfo:
        scratch_map: dict


def _load_xyz_takehome():
    if "xyz_takehome" in sys.modules:
        return sys.modules["xyz_takehome"]
    home = os.environ.get("XYZ_HOME")
    here = os.path.join(home, "takehome") if home else \
        os.path.dirname(os.path.realpath(__file__))
    path = os.path.join(here, "xyz_takehome.py")
    if not os.path.isfile(path):
        raise ImportError(
            f"xyz_takehome.py not found at {path}: link this file from the "
            f"xyz checkout (ln -s) or set XYZ_HOME to the checkout")
    spec = importlib.util.spec_from_file_location("xyz_takehome", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["xyz_takehome"] = module
    spec.loader.exec_module(module)
    return module


xyz_takehome = _load_xyz_takehome()
XyzError = xyz_takehome.XyzError


class KernelBuilder:
    def __init__(self):
        self.instrs = []
        self.scratch_debug = {}

    def debug_info(self):
        return DebugInfo(scratch_map=self.scratch_debug)

    def build_kernel(self, forest_height, n_nodes, batch_size, rounds):
        self.instrs = xyz_takehome.program_for_shape(
            forest_height, n_nodes, batch_size, rounds)
