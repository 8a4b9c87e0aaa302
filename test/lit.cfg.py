# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "XYZ"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".json", ".test", ".td"]
config.excludes = ["Inputs", "e2e", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.xyz_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shared", config.shared_dir))
config.substitutions.append(("%xyz_src", config.xyz_src_root))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%xyz_bin", config.xyz_tools_dir))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

tool_dirs = [config.xyz_tools_dir, config.llvm_tools_dir]
tools = ["xyz-opt", "xyz-translate", "xyz-run", "xyz-interp", "xyz-tblgen"]
llvm_config.add_tool_substitutions(tools, tool_dirs)
llvm_config.with_environment("PATH", config.xyz_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

# Sanitizer builds (XYZ_SANITIZE, docs/hardening.md): a sanitizer report must
# end a tool with SIGABRT. By default it exits with code 1, which the
# diagnostics tests reserve for user errors and would take for success.
# LeakSanitizer is off: MLIR's global registries are never freed.
for var, extra in (("ASAN_OPTIONS", "detect_leaks=0"), ("UBSAN_OPTIONS", "print_stacktrace=1")):
    opts = [o for o in os.environ.get(var, "").split(":") if o]
    if not any(o.startswith(extra.split("=")[0] + "=") for o in opts):
        opts.append(extra)
    opts.append("abort_on_error=1")
    config.environment[var] = ":".join(opts)
