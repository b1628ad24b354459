"""What the end-to-end tests of formagekarta-cli share (test-cli.py, test-cli-data.py).

The tests register with @test("what it checks"), run the built tool with
run() or ok(), raise Skip to skip, and main(tmp) runs them all as TAP and
removes the temporary directory. The scripts import this module from
their own directory (Python puts a script's directory first on its
path), so meson runs them with no PYTHONPATH.
"""

import os
import shutil
import subprocess
import sys
import traceback

CLI = os.path.abspath(sys.argv[1])

results = []


class Skip(Exception):
    pass


def test(description):
    def wrap(func):
        results.append((description, func))
        return func
    return wrap


def run(*args, env=None):
    """The tool's exit status, stdout and stderr, as text."""
    proc = subprocess.run([CLI, *args], capture_output=True, timeout=120, env=env)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def ok(*args, env=None):
    """The tool's stdout, after checking it succeeded without a word on stderr."""
    rc, out, err = run(*args, env=env)
    assert rc == 0, f"{args}: exit {rc}, stderr {err!r}"
    assert err == "", f"{args}: unexpected stderr {err!r}"
    return out


def main(tmp):
    """Runs every registered test as TAP; removes @tmp. Returns the exit status."""
    print(f"1..{len(results)}", flush=True)
    failed = 0
    for n, (description, func) in enumerate(results, 1):
        try:
            func()
            print(f"ok {n} - {description}", flush=True)
        except Skip as skip:
            print(f"ok {n} - {description} # SKIP {skip}", flush=True)
        except Exception:
            failed += 1
            print(f"not ok {n} - {description}", flush=True)
            for line in traceback.format_exc().splitlines():
                print(f"# {line}", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0
