#!/usr/bin/python3
"""The scoring view through assistive technology (AT-SPI, dogtail).

Starts scoring-demo on a new study, finds capabilities by their accessible
names and clicks their "Current level N: …" buttons, then kills the program
with SIGKILL and checks with sqlite3 that every answer is in the file.

Run under `xvfb-run -a dbus-run-session -- /usr/bin/python3 THIS`; meson does
that (suite 'ui'). Prints TAP.
"""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

tests = []
failures = []


def ok(cond, name, detail=""):
    tests.append(name)
    n = len(tests)
    if not cond:
        failures.append(name)
    print(("ok %d - %s" if cond else "not ok %d - %s") % (n, name))
    if not cond and detail:
        print("# " + detail.replace("\n", "\n# "))
    sys.stdout.flush()
    return cond


def wait_for(func, timeout=30.0):
    """Polls func until it returns a true value (or the time runs out)."""
    end = time.monotonic() + timeout
    while True:
        value = func()
        if value or time.monotonic() > end:
            return value
        time.sleep(0.1)


def stored(path, municipality, capability):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=5)
    try:
        row = con.execute("SELECT current, not_applicable FROM score "
                          "WHERE municipality = ? AND capability = ?",
                          (municipality, capability)).fetchone()
    finally:
        con.close()
    return row


def stored_full(path, capability):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=5)
    try:
        return con.execute("SELECT current, target FROM score WHERE municipality = '1460'"
                           " AND capability = ?", (capability,)).fetchone()
    finally:
        con.close()


def stored_answer(path, capability):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=5)
    try:
        return con.execute("SELECT current, target, sustain, key_person, interest FROM score"
                           " WHERE municipality = '1460' AND capability = ?",
                           (capability,)).fetchone()
    finally:
        con.close()


def main():
    demo = os.environ.get("FK_SCORING_DEMO")
    if not demo or not os.path.exists(demo):
        print("1..0 # SKIP FK_SCORING_DEMO not built")
        return 0
    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no X display (run under xvfb-run)")
        return 0

    os.environ.pop("GTK_A11Y", None)   # the test env turns AT-SPI off
    # Both GTK and libatspi look for the accessibility bus in the X root
    # window's AT_SPI_BUS first. An earlier program on this display may
    # have left one there from another D-Bus session: forget it, so ours
    # (started by this dbus-run-session) is used.
    if shutil.which("xprop"):
        subprocess.run(["xprop", "-root", "-remove", "AT_SPI_BUS"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # dogtail (and the registry it starts) talk on stdout; keep it for TAP.
    sys.stdout.flush()
    saved_stdout = os.dup(1)
    os.dup2(2, 1)
    try:
        from dogtail.config import config
        config.checkForA11y = False
        config.searchBackoffDuration = 0.2
        config.searchCutoffCount = 25
        config.logDebugToStdOut = False
        config.logDebugToFile = False
        from dogtail import tree
    finally:
        sys.stdout.flush()
        os.dup2(saved_stdout, 1)
        os.close(saved_stdout)

    tmp = tempfile.mkdtemp(prefix="fk-a11y-")
    path = os.path.join(tmp, "a11y.fkarta")
    proc = subprocess.Popen([demo, "--municipality", "1460", path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        app = wait_for(lambda: next((a for a in tree.root.applications()
                                     if a.name == "scoring-demo"), None))
        if not ok(app is not None, "scoring-demo appears on the accessibility bus",
                  "running: %s" % (proc.poll() is None)):
            if proc.poll() is not None:
                print("# " + proc.stderr.read().decode(errors="replace").replace("\n", "\n# "))
            return 1

        con = sqlite3.connect(path)
        model = json.loads(con.execute("SELECT json FROM model").fetchone()[0])
        con.close()
        caps = model["capabilities"]
        scale = {s["level"]: s["name"]["en"] for s in model["scale"]}

        plan = [(caps[0], 3), (caps[1], 5), (caps[2], 2), (caps[4], 0)]
        for cap, level in plan:
            name = cap["name"]["en"]
            row = app.child(name=name, retry=True)
            ok(row is not None, "found capability %r by its accessible name" % name)
            label = "Current level %d: %s" % (level, scale[level])
            button = row.child(name=label)
            ok(button is not None, "found %r in it" % label)
            button.doActionNamed("click")
            got = wait_for(lambda: (stored(path, "1460", cap["key"]) or (None,))[0] == level)
            ok(got, "the click wrote current=%d for %s" % (level, cap["key"]),
               repr(stored(path, "1460", cap["key"])))

        # Not applicable is its own answer, not a level, on a capability
        # whose model text says when it fits (the last ones of the model).
        na_cap = next(c for c in caps if c.get("not_applicable"))
        na_row = app.child(name=na_cap["name"]["en"])
        na_row.child(name="Not applicable").doActionNamed("click")
        got = wait_for(lambda: stored(path, "1460", na_cap["key"]) == (None, 1))
        ok(got, "Not applicable is stored as not_applicable, current NULL",
           repr(stored(path, "1460", na_cap["key"])))

        # The keyboard, through the X server like real keys: Ctrl+J goes to
        # the first capability without an answer (caps[3]), digits set the
        # current level, Shift+digit the target level.
        from dogtail import rawinput
        rawinput.keyCombo("<Control>j")
        rawinput.pressKey("4")
        rawinput.keyCombo("<Shift>2")
        got = wait_for(lambda: stored_full(path, caps[3]["key"]) == (4, 2))
        ok(got, "Ctrl+J, 4 and Shift+2 set current 4 and target 2 on the next unanswered",
           repr(stored_full(path, caps[3]["key"])))

        # A full answer by keys: current and target by digits, then each
        # question by its key and an arrow (a question is one group: its
        # key lands on the answer chosen, "Not answered", and Left/Right
        # move round). Counted from the card Ctrl+J went to.
        full = [("press", "3"), ("combo", "<Shift>4"),
                ("press", "s"), ("press", "Right"),    # Not answered → Yes
                ("press", "p"), ("press", "Left"),     # Not answered → No
                ("press", "i"), ("press", "Left")]     # Not answered → Yes
        rawinput.keyCombo("<Control>j")
        for kind, key in full:
            if kind == "press":
                rawinput.pressKey(key)
            else:
                rawinput.keyCombo(key)
        want = (3, 4, "yes", "no", "yes")
        got = wait_for(lambda: stored_answer(path, caps[5]["key"]) == want)
        print("# keys for a full answer (current, target, sustain, key person, "
              "interest), after Ctrl+J: %d" % len(full))
        ok(got and len(full) <= 8,
           "a full answer takes %d keys" % len(full),
           repr(stored_answer(path, caps[5]["key"])))

        # Each answer says its question, for a screen reader.
        full_row = app.child(name=caps[5]["name"]["en"])
        name = "Can we sustain it alone for three years? With difficulty"
        found = full_row.findChildren(
            lambda n: n.roleName in ("push button", "toggle button") and n.name == name)
        ok(len(found) == 1, "an answer is named with its question: %r" % name,
           repr(sorted(set((n.roleName, n.name) for n in full_row.findChildren(
               lambda n: "difficulty" in (n.name or "")))) [:12]))

        # Killed half-way: everything answered so far is in the file.
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        values = [stored(path, "1460", cap["key"]) for cap, _ in plan]
        ok(values == [(3, 0), (5, 0), (2, 0), (0, 0)],
           "after SIGKILL the study file holds every answer", repr(values))
        ok(stored(path, "1460", na_cap["key"]) == (None, 1),
           "after SIGKILL not applicable is still stored")
        ok(stored_full(path, caps[3]["key"]) == (4, 2),
           "after SIGKILL the keyboard answers are stored")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)
        print("1..%d" % len(tests))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
