#!/usr/bin/python3
"""End-to-end tests of formagekarta-cli (TAP).

Usage: test-cli.py PATH-TO-formagekarta-cli

Runs the built tool in a temporary directory: creates studies, reads them
back as JSON, round-trips scores, checks that every kind of bad input is
refused with one line on stderr and leaves the study byte-identical, and
that two processes writing at once lose nothing.
"""

import gettext
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from cli_util import CLI, Skip, main, ok, run, test  # noqa: E402

SOURCE_ROOT = os.environ.get("FK_SOURCE_ROOT",
                             os.path.join(os.path.dirname(__file__), "..", ".."))
MODELS = os.path.join(SOURCE_ROOT, "tests", "data", "models")
FYRBODAL = {"1460", "1438", "1439", "1484", "1461", "1430", "1421",
            "1427", "1486", "1435", "1488", "1485", "1487", "1492"}
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def refused(path, args, status=1, mentions=None):
    """Runs a command that must fail: status, one stderr line, file unchanged."""
    before = sha256(path) if path is not None and os.path.exists(path) else None
    rc, out, err = run(*args)
    assert rc == status, f"{args}: exit {rc}, expected {status}; stderr {err!r}"
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), f"{args}: stderr is not one line: {err!r}"
    assert lines[0].startswith("formagekarta-cli: "), lines[0]
    assert out == "", f"{args}: unexpected stdout {out!r}"
    for word in ([mentions] if isinstance(mentions, str) else mentions or []):
        assert word in lines[0], f"{args}: {word!r} not in {lines[0]!r}"
    if before is not None:
        assert sha256(path) == before, f"{args}: {path} changed"
    return lines[0]


def info(path):
    return json.loads(ok("info", path, "--json"))


def scores(path, *extra):
    return json.loads(ok("get", path, "--json", *extra))


def one_score(path, municipality, capability):
    found = [s for s in scores(path, "--municipality", municipality)
             if s["capability"] == capability]
    return found[0] if found else None


tmp = tempfile.mkdtemp(prefix="fk-cli-test-")
STUDY = os.path.join(tmp, "studie.fkarta")
CAPS = []   # capability keys of the default model, filled by the info test


@test("new creates a study with the built-in model and region")
def _():
    out = ok("new", STUDY, "--title", "Digital motor – Fyrbodal höst")
    assert os.path.isfile(STUDY)
    assert "studie.fkarta" in out


@test("info --json describes the new study")
def _():
    d = info(STUDY)
    assert d["title"] == "Digital motor – Fyrbodal höst", d["title"]
    assert d["language"] in ("sv", "en")
    assert ISO_UTC.match(d["created"]), d["created"]
    assert isinstance(d["schema_version"], int) and d["schema_version"] >= 1
    assert d["read_only"] is False
    assert re.fullmatch(r"[0-9a-f]{64}", d["model"]["checksum"])
    assert d["model"]["id"] and d["model"]["version"] and d["model"]["name"]
    codes = [m["code"] for m in d["municipalities"]]
    assert len(codes) == 14 and set(codes) == FYRBODAL, codes
    by_code = {m["code"]: m for m in d["municipalities"]}
    assert by_code["1488"]["name"] == "Trollhättan" and by_code["1488"]["size"] == "large"
    assert by_code["1438"]["size"] == "small" and by_code["1438"]["population"] == 4813
    assert by_code["1430"]["size"] == "medium"
    assert all(m["assessed"] == 0 for m in d["municipalities"])
    areas = {a["key"] for a in d["areas"]}
    assert len(d["capabilities"]) >= 35, len(d["capabilities"])
    for cap in d["capabilities"]:
        assert cap["key"] and cap["name"] and cap["area"] in areas, cap
    CAPS.extend(c["key"] for c in d["capabilities"])
    assert len(d["rounds"]) == 1 and d["rounds"][0]["name"], d["rounds"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d["rounds"][0]["date"] or "")


@test("new with --model --round --language en; names in English")
def _():
    path = os.path.join(tmp, "minimal.fkarta")
    ok("new", path, "--model", os.path.join(MODELS, "minimal.json"),
       "--round", "Hösten 2020", "--language", "en")
    d = info(path)
    assert d["language"] == "en"
    assert d["model"]["id"] == "minimal" and d["model"]["name"] == "Minimal model"
    assert [c["name"] for c in d["capabilities"]] == ["Strategy", "Funding", "Säkerhetskopiering"]
    assert [a["name"] for a in d["areas"]] == ["Governance", "Operations"]
    assert [r["name"] for r in d["rounds"]] == ["Hösten 2020"]
    assert d["title"] == "Minimal model"


@test("info without --json prints a summary")
def _():
    out = ok("info", STUDY)
    assert "Digital motor – Fyrbodal höst" in out and "Trollhättan" in out and "1488" in out


@test("set all fields, get --json returns them")
def _():
    cap = CAPS[0]
    ok("set", STUDY, "--municipality", "1488", "--capability", cap, "--current", "3",
       "--target", "4", "--sustain", "difficult", "--key-person", "yes",
       "--interest", "maybe", "--respondent", "Åsa Öberg")
    s = one_score(STUDY, "1488", cap)
    round_name = info(STUDY)["rounds"][0]["name"]
    assert s == {**s, "municipality": "1488", "capability": cap, "round": round_name,
                 "current": 3, "target": 4, "sustain": "difficult", "key_person": "yes",
                 "interest": "maybe", "respondent": "Åsa Öberg", "comment": None}, s
    assert ISO_UTC.match(s["updated"]), s["updated"]


@test("set changes only the given fields")
def _():
    cap = CAPS[0]
    ok("set", STUDY, "--municipality", "1488", "--capability", cap, "--target", "5")
    s = one_score(STUDY, "1488", cap)
    assert (s["current"], s["target"], s["sustain"], s["respondent"]) == (3, 5, "difficult", "Åsa Öberg"), s


@test("--current na, none and 0 are distinct")
def _():
    cap = CAPS[1]
    args = ("set", STUDY, "--municipality", "1485", "--capability", cap)
    ok(*args, "--current", "2", "--target", "4", "--interest", "yes", "--comment", "varför")
    ok(*args, "--current", "na")
    s = one_score(STUDY, "1485", cap)
    assert s["current"] == "na", s
    assert {m["code"]: m["assessed"] for m in info(STUDY)["municipalities"]}["1485"] == 1
    ok(*args, "--current", "none")
    s = one_score(STUDY, "1485", cap)
    assert s is not None and s["current"] is None and s["comment"] == "varför", s
    assert {m["code"]: m["assessed"] for m in info(STUDY)["municipalities"]}["1485"] == 0
    ok(*args, "--current", "0")
    s = one_score(STUDY, "1485", cap)
    assert s["current"] == 0 and s["current"] is not False and type(s["current"]) is int, s
    assert {m["code"]: m["assessed"] for m in info(STUDY)["municipalities"]}["1485"] == 1


@test("not applicable and not assessed remove the target and the answers, as in the app; a contradiction is refused")
def _():
    path = os.path.join(tmp, "na.fkarta")
    ok("new", path)
    cap = CAPS[2]
    args = ("set", path, "--municipality", "1487", "--capability", cap)
    ok(*args, "--current", "2", "--target", "4", "--sustain", "no", "--key-person", "yes",
       "--interest", "maybe", "--comment", "<b>&")
    ok(*args, "--current", "na")
    s = one_score(path, "1487", cap)
    assert s["current"] == "na" and s["target"] is None, s
    assert s["sustain"] is None and s["key_person"] is None and s["interest"] is None, s
    assert s["comment"] == "<b>&", s
    refused(path, args + ("--current", "na", "--target", "3"), status=2, mentions="not applicable")
    refused(path, args + ("--interest", "yes",), status=1, mentions=["na.fkarta", "not applicable"])
    ok(*args, "--current", "3", "--interest", "yes")
    s = one_score(path, "1487", cap)
    assert s["current"] == 3 and s["interest"] == "yes", s


@test("a comment with markup characters, Swedish letters and a newline comes back byte-identical")
def _():
    cap = CAPS[2]
    comment = "<b>Bra & dåligt</b>\nÅÄÖ åäö — \"citat\" 'x' \\ slut"
    ok("set", STUDY, "--municipality", "1460", "--capability", cap, "--comment", comment)
    raw = ok("get", STUDY, "--json", "--municipality", "1460")
    got = [s for s in json.loads(raw) if s["capability"] == cap][0]["comment"]
    assert got.encode("utf-8") == comment.encode("utf-8"), repr(got)
    assert "åäö" in raw, "JSON output should be UTF-8, not \\u escapes"
    table = ok("get", STUDY, "--municipality", "1460")
    assert "<b>Bra & dåligt</b>" in table and len(table.splitlines()) == 2, table


@test("--comment \"\" clears the comment; clearing every field removes the score")
def _():
    cap = CAPS[2]
    ok("set", STUDY, "--municipality", "1460", "--capability", cap, "--comment", "", "--current", "2")
    s = one_score(STUDY, "1460", cap)
    assert s["comment"] is None and s["current"] == 2, s
    ok("set", STUDY, "--municipality", "1460", "--capability", cap, "--current", "none")
    assert one_score(STUDY, "1460", cap) is None


@test("get filters by municipality and round; lists only stored scores")
def _():
    all_scores = scores(STUDY)
    assert {(s["municipality"], s["capability"]) for s in all_scores} == {("1488", CAPS[0]), ("1485", CAPS[1])}
    assert [s["municipality"] for s in scores(STUDY, "--municipality", "1488")] == ["1488"]
    round_name = info(STUDY)["rounds"][0]["name"]
    assert len(scores(STUDY, "--round", round_name)) == 2
    assert scores(STUDY, "--municipality", "1492") == []


ROUNDS = os.path.join(tmp, "omgångar.fkarta")


@test("add-round adds a round after the first; info --json lists both in order with dates")
def _():
    ok("new", ROUNDS, "--round", "Förstudie 2020", "--language", "sv")
    first = info(ROUNDS)["rounds"]
    assert [r["name"] for r in first] == ["Förstudie 2020"], first
    out = ok("add-round", ROUNDS, "--name", "Uppföljning 2022", "--date", "2022-03-15")
    assert "Uppföljning 2022" in out and "omgångar.fkarta" in out, out
    rounds = info(ROUNDS)["rounds"]
    assert rounds == [first[0], {"name": "Uppföljning 2022", "date": "2022-03-15"}], rounds
    summary = ok("info", ROUNDS)
    assert "Uppföljning 2022 (2022-03-15)" in summary, summary


@test("add-round: the date defaults to today, --date \"\" means none, the name is trimmed")
def _():
    ok("add-round", ROUNDS, "--name", "  Våren 2024 ", "--date", "")
    ok("add-round", "--name=Hösten 2024", ROUNDS)
    rounds = info(ROUNDS)["rounds"]
    assert [r["name"] for r in rounds][-2:] == ["Våren 2024", "Hösten 2024"], rounds
    assert rounds[-2]["date"] is None, rounds
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", rounds[-1]["date"] or ""), rounds


@test("set --round NAME writes into the new round, get --round NAME reads it back")
def _():
    cap = CAPS[0]
    ok("set", ROUNDS, "--round", "Uppföljning 2022", "--municipality", "1488",
       "--capability", cap, "--current", "4", "--comment", "efter")
    ok("set", ROUNDS, "--round", "Förstudie 2020", "--municipality", "1488",
       "--capability", cap, "--current", "1")
    got = scores(ROUNDS, "--round", "Uppföljning 2022")
    assert [(s["round"], s["municipality"], s["capability"], s["current"], s["comment"]) for s in got] == \
        [("Uppföljning 2022", "1488", cap, 4, "efter")], got
    got = scores(ROUNDS, "--round", "Förstudie 2020")
    assert [(s["round"], s["current"]) for s in got] == [("Förstudie 2020", 1)], got
    assert [s["round"] for s in scores(ROUNDS)] == ["Förstudie 2020", "Uppföljning 2022"]


@test("refused: add-round with a duplicate name, a bad date, an empty or missing name")
def _():
    n = len(info(ROUNDS)["rounds"])
    refused(ROUNDS, ("add-round", ROUNDS, "--name", "Uppföljning 2022"), 1,
            ["omgångar.fkarta", "Uppföljning 2022"])
    refused(ROUNDS, ("add-round", ROUNDS, "--name", " Förstudie 2020 "), 1, "Förstudie 2020")
    for bad in ("2022-13-45", "2022-02-30", "2022/03/15", "15-03-2022", "igår", "2022-3-5"):
        refused(ROUNDS, ("add-round", ROUNDS, "--name", "Ny", "--date", bad), 2, ["--date", bad])
    refused(ROUNDS, ("add-round", ROUNDS, "--name", ""), 2, "--name")
    refused(ROUNDS, ("add-round", ROUNDS, "--name", "   "), 2, "--name")
    refused(ROUNDS, ("add-round", ROUNDS), 2, "--name")
    refused(ROUNDS, ("add-round", "--name", "Ny"), 2)
    refused(ROUNDS, ("add-round", ROUNDS, ROUNDS, "--name", "Ny"), 2)
    missing = os.path.join(tmp, "saknas.fkarta")
    refused(None, ("add-round", missing, "--name", "Ny"), 1, "saknas.fkarta")
    assert not os.path.exists(missing)
    assert len(info(ROUNDS)["rounds"]) == n


@test("refused: add-round on a study another process is writing (write lock held)")
def _():
    locked = os.path.join(tmp, "låst-omgång.fkarta")
    ok("new", locked)
    db = sqlite3.connect(locked, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    try:
        refused(locked, ("add-round", locked, "--name", "Ny"), 1, "låst-omgång.fkarta")
    finally:
        db.execute("ROLLBACK")
        db.close()
    assert len(info(locked)["rounds"]) == 1


def bad_set(*extra, status=1, mentions=None):
    return refused(STUDY, ("set", STUDY, *extra), status, mentions)


@test("refused: unknown municipality")
def _():
    bad_set("--municipality", "9999", "--capability", CAPS[0], "--current", "1",
            mentions=["studie.fkarta", "9999"])
    refused(STUDY, ("get", STUDY, "--municipality", "9999"), 1, "9999")


@test("refused: unknown capability")
def _():
    bad_set("--municipality", "1488", "--capability", "no.such.capability", "--current", "1",
            mentions=["studie.fkarta", "no.such.capability"])


@test("refused: unknown round")
def _():
    bad_set("--municipality", "1488", "--capability", CAPS[0], "--current", "1", "--round", "Våren 1999",
            mentions=["studie.fkarta", "Våren 1999"])
    refused(STUDY, ("get", STUDY, "--round", "Våren 1999"), 1, "Våren 1999")


@test("refused: bad values (--current 7, --target na, --sustain maybe, …) are usage errors")
def _():
    base = ("--municipality", "1488", "--capability", CAPS[0])
    bad_set(*base, "--current", "7", status=2, mentions=["--current", "7"])
    bad_set(*base, "--current", "-1", status=2, mentions="--current")
    bad_set(*base, "--target", "na", status=2, mentions="--target")
    bad_set(*base, "--sustain", "maybe", status=2, mentions=["--sustain", "maybe"])
    bad_set(*base, "--key-person", "maybe", status=2, mentions="--key-person")
    bad_set(*base, "--interest", "perhaps", status=2, mentions="--interest")


@test("refused: usage errors (no field, no municipality, no file, unknown option/command)")
def _():
    bad_set("--municipality", "1488", "--capability", CAPS[0], status=2)
    bad_set("--capability", CAPS[0], "--current", "1", status=2, mentions="--municipality")
    refused(STUDY, ("set", "--municipality", "1488", "--capability", CAPS[0], "--current", "1"), 2)
    refused(STUDY, ("info",), 2)
    refused(STUDY, ("info", STUDY, "--no-such-option"), 2)
    refused(STUDY, ("get", STUDY, STUDY), 2)
    refused(STUDY, ("frobnicate", STUDY), 2, "frobnicate")
    refused(None, (), 2)


@test("refused: a file that does not exist")
def _():
    missing = os.path.join(tmp, "saknas.fkarta")
    for cmd in (("info", missing), ("get", missing),
                ("set", missing, "--municipality", "1488", "--capability", CAPS[0], "--current", "1")):
        refused(None, cmd, 1, "saknas.fkarta")
        assert not os.path.exists(missing)


@test("refused: garbage and empty files")
def _():
    garbage = os.path.join(tmp, "skräp.fkarta")
    with open(garbage, "wb") as f:
        f.write(b"SQLite format 3\x00" + os.urandom(4000))
    empty = os.path.join(tmp, "tom.fkarta")
    open(empty, "wb").close()
    for path in (garbage, empty):
        refused(path, ("info", path), 1, os.path.basename(path))
        refused(path, ("set", path, "--municipality", "1488", "--capability", CAPS[0], "--current", "1"),
                1, os.path.basename(path))


@test("refused: an SQLite database of another program")
def _():
    other = os.path.join(tmp, "annan.db")
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (1)")
    db.commit()
    db.close()
    refused(other, ("info", other), 1, "annan.db")
    refused(other, ("set", other, "--municipality", "1488", "--capability", CAPS[0], "--current", "1"),
            1, "annan.db")


DAMAGED = "%s: the study file is damaged. Restore it from a backup, or ask whoever sent it for a new copy."
DAMAGED_BACKUP = ("%s: the study file is damaged. An older copy is beside it (%s): "
                  "open that copy, or restore the file from a backup.")


def damaged_copy(name):
    """A filled study, then a copy with 8 KiB of its middle pages overwritten."""
    whole = os.path.join(tmp, "hel-" + name)
    ok("new", whole)
    for i, cap in enumerate(CAPS):
        ok("set", whole, "--municipality", "1488", "--capability", cap, "--current", str(i % 6),
           "--comment", "underlag " * 20)
    path = os.path.join(tmp, name)
    with open(whole, "rb") as f:
        data = bytearray(f.read())
    middle = len(data) // 2
    data[middle - 4096:middle + 4096] = b"\xff" * 8192
    with open(path, "wb") as f:
        f.write(data)
    return path


@test("refused: a study with damaged pages, in one short line that says what to do")
def _():
    path = damaged_copy("skadad.fkarta")
    for args in (("info", path), ("get", path, "--json"),
                 ("set", path, "--municipality", "1488", "--capability", CAPS[0], "--current", "1")):
        line = refused(path, args, 1, [path, "the study file is damaged", "Restore it from a backup"])
        assert len(line) < 400, f"{len(line)} characters: {line!r}"
    backup = path + ".v1.bak"
    shutil.copy(os.path.join(tmp, "hel-skadad.fkarta"), backup)
    line = refused(path, ("info", path), 1, DAMAGED_BACKUP % (path, "skadad.fkarta.v1.bak"))
    assert len(line) < 400, line
    os.unlink(backup)


@test("the damaged-study sentences are marked for translation, and Swedish under LANGUAGE=sv once translated")
def _():
    import gettext
    xgettext = shutil.which("xgettext")
    if xgettext is None:
        raise Skip("xgettext is not installed")
    pot = subprocess.run([xgettext, "--from-code=UTF-8", "--keyword=_", "-o", "-",
                          os.path.join(SOURCE_ROOT, "src", "core", "fk-study-schema.c")],
                         capture_output=True, check=True).stdout.decode("utf-8")
    for msgid in (DAMAGED, DAMAGED_BACKUP):
        assert json.dumps(msgid, ensure_ascii=False) in pot.replace("\"\n\"", ""), f"not marked: {msgid!r}"
    localedir = os.path.join(os.environ.get("FK_BUILD_ROOT", ""), "po")
    translation = gettext.translation("formagekarta", localedir, languages=["sv"], fallback=True)
    swedish = translation.gettext(DAMAGED)
    path = damaged_copy("trasig.fkarta")
    env = dict(os.environ, LANGUAGE="sv", FK_LOCALEDIR=localedir)
    proc = subprocess.run([CLI, "info", path], capture_output=True, timeout=60, env=env)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and len(err.splitlines()) == 1, err
    assert (swedish % path) in err, f"{swedish % path!r} not in {err!r}"
    if swedish == DAMAGED:
        raise Skip("the sentence is not in po/sv.po yet")


@test("a study in a folder where SQLite cannot work is edited in a working copy and written back")
def _():
    path = os.path.join(tmp, "portal.fkarta")
    ok("new", path)
    data_home = os.path.join(tmp, "data-home")
    env = dict(os.environ, FK_STUDY_WORKING_COPY="always", XDG_DATA_HOME=data_home)
    inode = os.stat(path).st_ino
    proc = subprocess.run([CLI, "set", path, "--municipality", "1488", "--capability", CAPS[0],
                           "--current", "4", "--comment", "via arbetskopia"],
                          capture_output=True, timeout=60, env=env)
    assert proc.returncode == 0 and proc.stderr == b"", proc.stderr
    assert os.stat(path).st_ino != inode, "the study was not replaced whole"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not os.path.exists(path + suffix), suffix
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    s = one_score(path, "1488", CAPS[0])
    assert s["current"] == 4 and s["comment"] == "via arbetskopia", s
    copies = os.path.join(data_home, "formagekarta", "working-copies")
    assert os.listdir(copies) == [], os.listdir(copies)


@test("a study in a folder that takes no new files (for root too, in a user namespace) is edited all the same")
def _():
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--user", "true"], capture_output=True).returncode != 0:
        raise Skip("no user namespaces here (unshare --user)")
    folder = os.path.join(tmp, "låst-mapp")
    os.mkdir(folder)
    path = os.path.join(folder, "studie.fkarta")
    ok("new", path)
    ok("set", path, "--municipality", "1488", "--capability", CAPS[0], "--current", "1")
    assert not os.path.exists(path + "-wal")
    data_home = os.path.join(tmp, "data-home-ns")
    os.mkdir(data_home)
    os.chmod(folder, 0o555)
    try:
        # In a new user namespace root keeps its uid for files but loses
        # CAP_DAC_OVERRIDE: the folder refuses new files, the file stays writable.
        probe = subprocess.run([unshare, "--user", "sh", "-c", f"touch '{folder}/probe'"],
                               capture_output=True, timeout=60)
        if probe.returncode == 0 or os.path.exists(os.path.join(folder, "probe")):
            raise Skip("no user namespace here that stops root creating files")
        env = dict(os.environ, XDG_DATA_HOME=data_home)
        proc = subprocess.run([unshare, "--user", CLI, "set", path, "--municipality", "1488",
                               "--capability", CAPS[0], "--current", "5"],
                              capture_output=True, timeout=60, env=env)
        assert proc.returncode == 0 and proc.stderr == b"", proc.stderr
        assert os.listdir(folder) == ["studie.fkarta"], os.listdir(folder)
    finally:
        os.chmod(folder, 0o755)
    assert one_score(path, "1488", CAPS[0])["current"] == 5


@test("refused: new over an existing file")
def _():
    refused(STUDY, ("new", STUDY), 1, "studie.fkarta")
    other = os.path.join(tmp, "text.txt")
    with open(other, "w") as f:
        f.write("hej\n")
    refused(other, ("new", other), 1, "text.txt")


def study_changed_by(name, sql):
    """A new study, then changed behind the tool's back by @sql."""
    path = os.path.join(tmp, name)
    ok("new", path)
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()
    return path


@test("refused: a study from a newer version (user_version 99)")
def _():
    newer = study_changed_by("nyare.fkarta", "PRAGMA user_version = 99")
    refused(newer, ("info", newer), 1, "nyare.fkarta")
    refused(newer, ("set", newer, "--municipality", "1488", "--capability", CAPS[0], "--current", "1"),
            1, "nyare.fkarta")


@test("refused: info on a study whose scores cannot be read, instead of printing 0")
def _():
    broken = study_changed_by("oläslig.fkarta", "ALTER TABLE score RENAME TO score_gone")
    refused(broken, ("info", broken), 1, "oläslig.fkarta")
    refused(broken, ("info", broken, "--json"), 1, "oläslig.fkarta")


@test("refused: a read-only study (chmod 0444)")
def _():
    ro = os.path.join(tmp, "skrivskyddad.fkarta")
    ok("new", ro)
    ok("set", ro, "--municipality", "1488", "--capability", CAPS[0], "--current", "2")
    os.chmod(ro, 0o444)
    try:
        try:
            open(ro, "r+b").close()
            writable = True
        except PermissionError:
            writable = False
        if writable:
            raise Skip("file permissions do not stop this user (root); the held-lock test covers the read-only path")
        d = info(ro)
        assert d["read_only"] is True
        refused(ro, ("set", ro, "--municipality", "1488", "--capability", CAPS[0], "--current", "3"),
                1, "skrivskyddad.fkarta")
        assert one_score(ro, "1488", CAPS[0])["current"] == 2
    finally:
        os.chmod(ro, 0o644)


@test("refused: a study another process is writing (write lock held) is read-only")
def _():
    locked = os.path.join(tmp, "låst.fkarta")
    ok("new", locked)
    db = sqlite3.connect(locked, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    try:
        refused(locked, ("set", locked, "--municipality", "1488", "--capability", CAPS[0], "--current", "3"),
                1, "låst.fkarta")
    finally:
        db.execute("ROLLBACK")
        db.close()
    ok("set", locked, "--municipality", "1488", "--capability", CAPS[0], "--current", "3")
    assert one_score(locked, "1488", CAPS[0])["current"] == 3


@test("validate-model accepts tests/data/models/minimal.json")
def _():
    out = ok("validate-model", os.path.join(MODELS, "minimal.json"))
    assert out == "OK: minimal 1.0.0, 2 areas, 3 capabilities\n", out


@test("validate-model refuses every tests/data/models/bad-*.json, naming the file")
def _():
    bad = sorted(f for f in os.listdir(MODELS) if f.startswith("bad-") and f.endswith(".json"))
    assert len(bad) >= 5, bad
    for name in bad:
        refused(os.path.join(MODELS, name), ("validate-model", os.path.join(MODELS, name)), 1, name)
    refused(None, ("validate-model", os.path.join(tmp, "saknas.json")), 1, "saknas.json")


@test("--help and --version")
def _():
    assert "validate-model" in ok("--help")
    assert re.fullmatch(r"formagekarta-cli \d+\.\d+\.\d+\n", ok("--version"))
    assert "add-round" in ok("--help")
    for cmd in ("new", "info", "set", "get", "add-round", "validate-model"):
        out = ok(cmd, "--help")
        assert f"formagekarta-cli {cmd} [OPTION" in out and "FILE FILE" not in out, out
    assert "--key-person" in ok("set", "--help")
    assert "--date" in ok("add-round", "--help")


@test("two processes writing at once: 2×40 set calls, nothing lost, integrity ok")
def _():
    path = os.path.join(tmp, "parallell.fkarta")
    ok("new", path)
    caps = CAPS[:40]
    assert len(caps) == 40
    failures = []

    def writer(municipality, offset):
        for i, cap in enumerate(caps):
            rc, _, err = run("set", path, "--municipality", municipality, "--capability", cap,
                             "--current", str((i + offset) % 6), "--comment", f"{municipality}-{i}")
            if rc != 0:
                failures.append((municipality, cap, err))

    threads = [threading.Thread(target=writer, args=("1488", 0)),
               threading.Thread(target=writer, args=("1485", 3))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures[:3]
    got = {(s["municipality"], s["capability"]): s for s in scores(path)}
    assert len(got) == 80, len(got)
    for municipality, offset in (("1488", 0), ("1485", 3)):
        for i, cap in enumerate(caps):
            s = got[(municipality, cap)]
            assert s["current"] == (i + offset) % 6 and s["comment"] == f"{municipality}-{i}", s
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()


EXPORT_STUDY = os.path.join(tmp, "export.fkarta")
MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF"}


def export_study():
    if not os.path.exists(EXPORT_STUDY):
        ok("new", EXPORT_STUDY, "--language", "sv")
        ok("set", EXPORT_STUDY, "--municipality", "1488", "--capability",
           "styrning.digital-strategi", "--current", "3", "--target", "5")
        ok("set", EXPORT_STUDY, "--municipality", "1460", "--capability",
           "styrning.digital-strategi", "--current", "na")
    return EXPORT_STUDY


@test("export --view heatmap writes every measure in every format")
def _():
    study = export_study()
    for measure in ("current", "target", "gap", "risk", "interest", "deviation"):
        for fmt in ("png", "svg", "pdf"):
            out = os.path.join(tmp, f"heatmap-{measure}.{fmt}")
            assert ok("export", study, "--view", "heatmap", "--format", fmt,
                      "--measure", measure, "-o", out) == ""
            with open(out, "rb") as f:
                head = f.read(64)
            if fmt == "svg":
                assert head.startswith(b"<?xml") or head.startswith(b"<svg"), head
            else:
                assert head.startswith(MAGIC[fmt]), head
            if fmt == "pdf" and shutil.which("pdfinfo"):
                subprocess.run(["pdfinfo", out], check=True, capture_output=True)
    # Nothing but the figures: no temporary file left beside them.
    assert not [n for n in os.listdir(tmp) if n.startswith(".heatmap")], os.listdir(tmp)


@test("export takes --round, --palette and --language, and replaces OUT")
def _():
    study = export_study()
    out = os.path.join(tmp, "replaced.png")
    with open(out, "wb") as f:
        f.write(b"old")
    ok("export", study, "--view", "heatmap", "--format", "png", "--round", "Omgång 1",
       "--palette", "cividis", "--language", "en", "-o", out)
    with open(out, "rb") as f:
        assert f.read(8) == MAGIC["png"]


@test("export draws the figure's words in --language whatever the locale, C.UTF-8 too")
def _():
    study = export_study()
    localedir = os.path.join(os.environ.get("FK_BUILD_ROOT", ""), "po")
    if not os.path.exists(os.path.join(localedir, "sv", "LC_MESSAGES", "formagekarta.mo")):
        raise Skip("the Swedish catalog is not built")
    out = os.path.join(tmp, "language.pdf")
    for locale in ("C.UTF-8", "C"):
        # No LANGUAGE: only --language may choose. GLib decides once, at its
        # first translation, whether to translate at all; in C.UTF-8 it used
        # to decide not to, and every later --language sv was ignored.
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG")}
        env.update(LC_ALL=locale, FK_LOCALEDIR=localedir)
        for language, title in (("sv", "Nuvarande nivå"), ("en", "Current level")):
            proc = subprocess.run([CLI, "export", study, "--view", "heatmap", "--format", "pdf",
                                   "--language", language, "-o", out],
                                  capture_output=True, timeout=60, env=env)
            assert proc.returncode == 0, proc.stderr
            words = pdf_words(out)
            if words is None:
                raise Skip("no pdftotext/pdfinfo: the PDF's text is not checked")
            assert title + " — Omgång 1" in words, (locale, language, words[:200])


@test("export refuses bad arguments with one line and writes nothing")
def _():
    study = export_study()
    out = os.path.join(tmp, "refused.png")
    base = ["export", study, "--view", "heatmap", "--format", "png", "-o", out]
    for args, status, word in (
            (base + ["--measure", "spread"], 2, "--measure"),
            (["export", study, "--view", "heatmap", "--format", "gif", "-o", out], 2, "--format"),
            (["export", study, "--view", "radar", "--format", "png", "-o", out], 2, "--view"),
            (base + ["--palette", "jet"], 2, "--palette"),
            (base + ["--language", "de"], 2, "--language"),
            (["export", study, "--view", "heatmap", "--format", "png"], 2, "-o"),
            (["export", study, "--format", "png", "-o", out], 2, "--view"),
            (base + ["--round", "Ingen sådan"], 1, "Ingen sådan")):
        refused(study, args, status=status, mentions=word)
        assert not os.path.exists(out), args
    assert not [n for n in os.listdir(tmp) if n.startswith(".refused")]


OPTIONS_STUDY = os.path.join(tmp, "options.fkarta")


def options_study():
    """Three capabilities of the first area scored, so that every order
    differs from the model's: means 2, 1.5 and 2.5, spreads 2, 1 and 5."""
    if not os.path.exists(OPTIONS_STUDY):
        ok("new", OPTIONS_STUDY, "--language", "en")
        for code, cap, current, target, sustain in (
                ("1488", "styrning.digital-strategi", "3", "5", "no"),
                ("1485", "styrning.digital-strategi", "1", "2", "difficult"),
                ("1488", "styrning.prioritering", "1", "3", "yes"),
                ("1421", "styrning.prioritering", "2", "4", "yes"),
                ("1488", "styrning.nyttorealisering", "5", "5", "yes"),
                ("1421", "styrning.nyttorealisering", "0", "2", "no")):
            ok("set", OPTIONS_STUDY, "--municipality", code, "--capability", cap,
               "--current", current, "--target", target, "--sustain", sustain)
    return OPTIONS_STUDY


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head.startswith(MAGIC["png"]), head
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def export_png(name, *options):
    out = os.path.join(tmp, name)
    assert ok("export", options_study(), "--view", "heatmap", "--format", "png",
              "-o", out, *options) == ""
    with open(out, "rb") as f:
        return out, png_size(out), f.read()


@test("export takes --order, --group-by-size, --capability-order, --collapse, "
      "--overlay, --aggregates, --no-numbers and --palette high-contrast")
def _():
    _, (w, h), default = export_png("opt-default.png")
    # Another order of the same columns: the same size, another picture.
    for order in ("name", "code", "population", "mean"):
        _, size, data = export_png(f"opt-order-{order}.png", "--order", order)
        assert size == (w, h), (order, size)
        assert (data == default) == (order == "name"), order
    # Groups add gaps between the columns and a band for their names.
    _, (gw, gh), _ = export_png("opt-group.png", "--group-by-size")
    assert gw > w and gh > h, (gw, gh, w, h)
    _, size, data = export_png("opt-mean.png", "--capability-order", "mean")
    assert size == (w, h) and data != default
    _, size, data = export_png("opt-spread.png", "--capability-order", "spread")
    assert size == (w, h) and data != default
    _, size, data = export_png("opt-model.png", "--capability-order", "model")
    assert data == default
    # A collapsed area is one row: shorter; two areas shorter still.
    _, (cw, ch), _ = export_png("opt-collapse.png", "--collapse", "styrning")
    _, (cw2, ch2), _ = export_png("opt-collapse2.png", "--collapse", "styrning",
                                  "--collapse", "arkitektur")
    assert ch < h and ch2 < ch and cw == w, (ch, ch2, h)
    # Fewer aggregates, fewer columns; none at all also drops the mean row.
    _, (aw, ah), _ = export_png("opt-agg-mean.png", "--aggregates", "mean")
    _, (nw, nh), _ = export_png("opt-agg-none.png", "--aggregates", "none")
    _, size, data = export_png("opt-agg-all.png", "--aggregates", "all")
    assert data == default
    _, size, data = export_png("opt-agg-list.png", "--aggregates",
                               "mean,median,min-max,low,cannot-sustain,interested,row-mean")
    assert data == default
    assert nw < aw < w and nh < h and ah < h, (nw, aw, w, nh, ah, h)
    # Overlays: repeated or a comma list, the same picture.
    _, _, both = export_png("opt-overlay.png", "--overlay", "target", "--overlay", "sustain")
    _, _, listed = export_png("opt-overlay-list.png", "--overlay", "target,sustain")
    _, _, target = export_png("opt-overlay-target.png", "--overlay", "target")
    assert both == listed and both != default and target not in (default, both)
    _, size, data = export_png("opt-no-numbers.png", "--no-numbers")
    assert size == (w, h) and data != default
    _, size, data = export_png("opt-hc.png", "--palette", "high-contrast")
    assert size == (w, h) and data != default
    for fmt in ("svg", "pdf"):
        out = os.path.join(tmp, f"opt-all.{fmt}")
        ok("export", options_study(), "--view", "heatmap", "--format", fmt, "--order", "mean",
           "--group-by-size", "--collapse", "sakerhet", "--overlay", "target,sustain", "-o", out)
        assert os.path.getsize(out) > 0


@test("export refuses bad heatmap options with one line and writes nothing")
def _():
    study = options_study()
    out = os.path.join(tmp, "refused-options.png")
    base = ["export", study, "--view", "heatmap", "--format", "png", "-o", out]
    for args, status, words in (
            (base + ["--order", "size"], 2, ["--order", "size", "population"]),
            (base + ["--capability-order", "name"], 2, ["--capability-order", "spread"]),
            (base + ["--aggregates", "mean,spread"], 2, ["--aggregates", "spread", "row-mean"]),
            (base + ["--overlay", "target,gap"], 2, ["--overlay", "gap", "sustain"]),
            (base + ["--overlay", "target", "--measure", "gap"], 2, ["--overlay", "current"]),
            (base + ["--palette", "contrast"], 2, ["--palette", "high-contrast"]),
            (base + ["--collapse", "ingen-sadan"], 1, ["ingen-sadan"])):
        refused(study, args, status=status, mentions=words)
        assert not os.path.exists(out), args
    assert not [n for n in os.listdir(tmp) if n.startswith(".refused-options")]


NAMES = {"1460": "Bengtsfors", "1438": "Dals-Ed", "1439": "Färgelanda", "1484": "Lysekil",
         "1461": "Mellerud", "1430": "Munkedal", "1421": "Orust", "1427": "Sotenäs",
         "1486": "Strömstad", "1435": "Tanum", "1488": "Trollhättan", "1485": "Uddevalla",
         "1487": "Vänersborg", "1492": "Åmål"}
assert set(NAMES) == FYRBODAL


def pdf_words(path):
    """The PDF's text and its metadata, or None without poppler's tools."""
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        return None
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    meta = subprocess.run(["pdfinfo", "-enc", "UTF-8", "-meta", path], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return text + "\n" + meta


@test("export --anonymize writes PNG, SVG and PDF with letters, the same twice, "
      "naming only the highlighted municipality")
def _():
    study = os.path.join(tmp, "anon.fkarta")
    ok("new", study, "--language", "en")
    ok("set", study, "--municipality", "1488", "--capability",
       "styrning.digital-strategi", "--current", "3", "--target", "5")
    outs = {}
    for fmt in ("png", "svg", "pdf"):
        out = outs[fmt] = os.path.join(tmp, f"anon.{fmt}")
        assert ok("export", study, "--view", "heatmap", "--format", fmt, "--anonymize",
                  "--group-by-size", "-o", out) == ""
        with open(out, "rb") as f:
            head = f.read(64)
        if fmt == "svg":
            assert head.startswith(b"<?xml") or head.startswith(b"<svg"), head
        else:
            assert head.startswith(MAGIC[fmt]), head
    # The seed is stored by the first export: the letters stay put.
    again = os.path.join(tmp, "anon-again.png")
    ok("export", study, "--view", "heatmap", "--format", "png", "--anonymize",
       "--group-by-size", "-o", again)
    assert sha256(again) == sha256(outs["png"])
    # Another order of letters than of names: not the plain figure.
    plain = os.path.join(tmp, "anon-plain.png")
    ok("export", study, "--view", "heatmap", "--format", "png", "--group-by-size", "-o", plain)
    assert sha256(plain) != sha256(outs["png"])
    # --order mean is allowed (a mean tells who scores what, not who is who).
    by_mean = os.path.join(tmp, "anon-mean.png")
    ok("export", study, "--view", "heatmap", "--format", "png", "--anonymize", "--order", "mean",
       "-o", by_mean)
    assert png_size(by_mean)[0] > 0

    highlighted = os.path.join(tmp, "anon-highlight.pdf")
    key = os.path.join(tmp, "anon-key.csv")
    ok("export", study, "--view", "heatmap", "--format", "pdf", "--anonymize", "--highlight", "1485",
       "-o", highlighted, "--key-output", key)
    with open(key, "rb") as f:
        rows = f.read().decode("utf-8").split("\r\n")
    assert rows[0] == "letter,code,name" and rows[-1] == "", rows
    assert sorted(r.split(",")[1] for r in rows[1:-1]) == sorted(FYRBODAL), rows
    assert os.stat(key).st_mode & 0o077 == 0, oct(os.stat(key).st_mode)
    assert not [n for n in os.listdir(tmp) if n.startswith(".anon")], os.listdir(tmp)

    words = pdf_words(outs["pdf"])
    if words is None:
        raise Skip("no pdftotext/pdfinfo: the PDF's text is not checked")
    assert_names_only(words, None)
    assert_names_only(pdf_words(highlighted), "1485")


def assert_names_only(words, highlight):
    """The PDF's words name no municipality by name or code but @highlight (by name)."""
    # Some anonymised column is named by its letter (the highlighted one,
    # which may have drawn any letter, A included, shows its name instead).
    assert re.search(r"(Municipality|Kommun) [A-Z]\b", words), words[:500]
    for code, name in NAMES.items():
        assert code not in words, code
        assert (name in words) == (code == highlight), (code, name)


@test("export refuses --highlight without --anonymize, an order that names, "
      "an unknown --highlight and a read-only study without a seed")
def _():
    study = os.path.join(tmp, "anon-refused.fkarta")
    ok("new", study, "--language", "en")
    out = os.path.join(tmp, "anon-refused.png")
    base = ["export", study, "--view", "heatmap", "--format", "png", "-o", out]
    for args, status, words in (
            (base + ["--highlight", "1485"], 2, ["--highlight", "--anonymize"]),
            (base + ["--key-output", os.path.join(tmp, "anon-refused.csv")], 2, ["--key-output"]),
            (base + ["--anonymize", "--order", "name"], 2, ["--order", "name"]),
            (base + ["--anonymize", "--order", "code"], 2, ["--order", "code"]),
            (base + ["--anonymize", "--order", "population"], 2, ["--order", "population"]),
            (base + ["--anonymize", "--highlight", "9999"], 1, ["9999"])):
        refused(study, args, status=status, mentions=words)
        assert not os.path.exists(out), args
        assert not os.path.exists(os.path.join(tmp, "anon-refused.csv")), args
    # No seed yet and another process writing: no letters that could
    # differ next time, and nothing written.
    db = sqlite3.connect(study, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    try:
        refused(study, base + ["--anonymize"], 1, "anon-refused.fkarta")
    finally:
        db.execute("ROLLBACK")
        db.close()
    assert not os.path.exists(out)
    assert not [n for n in os.listdir(tmp) if n.startswith(".anon-refused")]


CHANGE_STUDY = os.path.join(tmp, "change.fkarta")


def change_study():
    """Two rounds: a rise, a fall, an unchanged score, one assessed only in
    the first round and one only in the second."""
    if not os.path.exists(CHANGE_STUDY):
        ok("new", CHANGE_STUDY, "--language", "en", "--round", "Autumn")
        cap = "styrning.digital-strategi"
        for code, level in (("1488", "2"), ("1485", "3"), ("1460", "1"), ("1430", "4")):
            ok("set", CHANGE_STUDY, "--municipality", code, "--capability", cap, "--current", level)
        ok("add-round", CHANGE_STUDY, "--name", "Spring", "--date", "2027-04-01")
        for code, level in (("1488", "4"), ("1485", "1"), ("1460", "1"), ("1435", "2")):
            ok("set", CHANGE_STUDY, "--round", "Spring", "--municipality", code, "--capability", cap,
               "--current", level)
    return CHANGE_STUDY


def check_figure(out, fmt):
    with open(out, "rb") as f:
        head = f.read(64)
    if fmt == "svg":
        assert head.startswith(b"<?xml") or head.startswith(b"<svg"), head
    else:
        assert head.startswith(MAGIC[fmt]), head


@test("export --view areas and --view change write PNG, SVG and PDF with their titles")
def _():
    study = change_study()
    for view in ("areas", "change"):
        for fmt in ("png", "svg", "pdf"):
            out = os.path.join(tmp, f"{view}.{fmt}")
            assert ok("export", study, "--view", view, "--format", fmt, "-o", out) == ""
            check_figure(out, fmt)
    # The areas take the heatmap's options; --capability-order orders them.
    out = os.path.join(tmp, "areas-options.png")
    ok("export", study, "--view", "areas", "--format", "png", "--group-by-size", "--order", "mean",
       "--capability-order", "spread", "--aggregates", "mean,row-mean", "--measure", "gap", "-o", out)
    assert png_size(out)[0] > 0
    words = pdf_words(os.path.join(tmp, "change.pdf"))
    if words is None:
        raise Skip("no pdftotext/pdfinfo: the PDF's text is not checked")
    assert "Change in current level — Autumn → Spring" in words, words[:300]
    for mark in ("Unchanged", "Newly assessed", "No longer assessed", "Rose", "Fell"):
        assert mark in words, mark
    assert "Current level by area — Spring" in pdf_words(os.path.join(tmp, "areas.pdf"))
    # --from and --to (or --round) choose the rounds; backwards is allowed.
    out = os.path.join(tmp, "change-back.pdf")
    ok("export", study, "--view", "change", "--from", "Spring", "--round", "Autumn",
       "--format", "pdf", "-o", out)
    assert "Change in current level — Spring → Autumn" in pdf_words(out)
    ok("export", study, "--view", "change", "--from", "Autumn", "--to", "Spring",
       "--format", "pdf", "-o", out)
    assert "Autumn → Spring" in pdf_words(out)


@test("export --view areas and change --anonymize name no municipality but the highlighted one")
def _():
    study = change_study()
    for view in ("areas", "change"):
        for highlight in (None, "1488"):
            outs = {}
            for fmt in ("png", "svg", "pdf"):
                out = outs[fmt] = os.path.join(tmp, f"anon-{view}-{highlight}.{fmt}")
                extra = ["--highlight", highlight] if highlight else []
                ok("export", study, "--view", view, "--format", fmt, "--anonymize", "--group-by-size",
                   "-o", out, *extra)
                check_figure(out, fmt)
            with open(outs["svg"], "rb") as f:
                svg = f.read().decode("utf-8")
            # cairo draws text in SVG as glyph outlines: no name as text
            # (codes are not looked for: "1484" may be a coordinate).
            for code, name in NAMES.items():
                assert name not in svg or code == highlight, name
            words = pdf_words(outs["pdf"])
            if words is None:
                raise Skip("no pdftotext/pdfinfo: the PDF's text is not checked")
            assert_names_only(words, highlight)


FIGURE_STUDY = os.path.join(tmp, "candidates-figure.fkarta")
TOP_CAPABILITY = "styrning.digital-strategi"


def figure_study():
    """Eight municipalities weak at the first capability, unable to
    sustain it and interested; Uddevalla strong, sustaining it and
    interested: the top candidate, Uddevalla its host."""
    if not os.path.exists(FIGURE_STUDY):
        ok("new", FIGURE_STUDY, "--language", "en")
        for code in ("1460", "1438", "1439", "1484", "1461", "1430", "1421", "1427"):
            ok("set", FIGURE_STUDY, "--municipality", code, "--capability", TOP_CAPABILITY,
               "--current", "1", "--target", "3", "--sustain", "no", "--interest", "yes")
        ok("set", FIGURE_STUDY, "--municipality", "1485", "--capability", TOP_CAPABILITY,
           "--current", "5", "--target", "5", "--sustain", "yes", "--interest", "yes")
    return FIGURE_STUDY


def no_break(text):
    """The figure keeps names on one line with no-break spaces."""
    return text.replace("\u00a0", " ")


@test("export --view candidates writes PNG, SVG and PDF with the title and the top "
      "candidate, takes --limit, and leaves the study as it was")
def _():
    study = figure_study()
    about = info(study)
    top = [c["name"] for c in about["capabilities"] if c["key"] == TOP_CAPABILITY][0]
    round_name = about["rounds"][-1]["name"]
    before = sha256(study)
    for fmt in ("png", "svg", "pdf"):
        out = os.path.join(tmp, f"candidates.{fmt}")
        assert ok("export", study, "--view", "candidates", "--format", fmt, "-o", out) == ""
        check_figure(out, fmt)
        if fmt == "svg":
            with open(out, "rb") as f:
                assert b"<svg" in f.read(512)
    # --limit, --palette, --language and --round are taken; fewer rows, a lower picture.
    few = os.path.join(tmp, "candidates-few.png")
    ok("export", study, "--view", "candidates", "--format", "png", "--limit", "2", "--round", round_name,
       "--palette", "greyscale", "--language", "sv", "-o", few)
    assert png_size(few)[1] < png_size(os.path.join(tmp, "candidates.png"))[1]
    assert sha256(study) == before
    assert not [n for n in os.listdir(tmp) if n.startswith(".candidates")], os.listdir(tmp)
    words = pdf_words(os.path.join(tmp, "candidates.pdf"))
    if words is None:
        raise Skip("no pdftotext/pdfinfo: the PDF's text is not checked")
    words = no_break(words)
    assert f"Collaboration candidates — {round_name}" in words, words[:300]
    assert top in words, (top, words[:500])
    assert "Uddevalla" in words and "Bengtsfors" in words, words[:800]
    # Best first: the top candidate before the next, which nobody assessed.
    second = about["capabilities"][1]["name"]
    assert second in words and words.index(top) < words.index(second), (top, second)


@test("export --view candidates --anonymize names no municipality but the highlighted one")
def _():
    study = figure_study()
    for highlight in (None, "1485"):
        outs = {}
        extra = ["--highlight", highlight] if highlight else []
        for fmt in ("png", "svg", "pdf"):
            out = outs[fmt] = os.path.join(tmp, f"anon-candidates-{highlight}.{fmt}")
            ok("export", study, "--view", "candidates", "--format", fmt, "--anonymize", "-o", out, *extra)
            check_figure(out, fmt)
        # The seed is stored by the first anonymised export; after it, the study stays as it is.
        before = sha256(study)
        ok("export", study, "--view", "candidates", "--format", "png", "--anonymize", "-o", outs["png"], *extra)
        assert sha256(study) == before
        with open(outs["svg"], "rb") as f:
            svg = f.read().decode("utf-8")
        for code, name in NAMES.items():
            assert name not in svg or code == highlight, name
        words = pdf_words(outs["pdf"])
        if words is None:
            raise Skip("no pdftotext/pdfinfo: the PDF's text is not checked")
        words = no_break(words)
        assert "Municipality " in words, words[:500]
        for code, name in NAMES.items():
            assert code not in words, code
            assert (name in words) == (code == highlight), (code, name, highlight)


@test("export refuses --limit with another view, a bad --limit and the heatmap's "
      "options with --view candidates, writing nothing")
def _():
    study = figure_study()
    out = os.path.join(tmp, "refused-candidates.png")
    base = ["export", study, "--format", "png", "-o", out]
    for args, words in (
            (["--view", "heatmap", "--limit", "3"], ["--limit", "candidates"]),
            (["--view", "areas", "--limit", "3"], ["--limit", "candidates"]),
            (["--view", "candidates", "--limit", "0"], ["--limit", "0"]),
            (["--view", "candidates", "--limit", "many"], ["--limit", "many"]),
            (["--view", "candidates", "--measure", "gap"], ["--measure", "candidates"]),
            (["--view", "candidates", "--collapse", "styrning"], ["--collapse", "candidates"]),
            (["--view", "candidates", "--order", "mean"], ["--order", "candidates"]),
            (["--view", "candidates", "--group-by-size"], ["--group-by-size", "candidates"]),
            (["--view", "candidates", "--overlay", "target"], ["--overlay", "candidates"]),
            (["--view", "candidates", "--aggregates", "mean"], ["--aggregates", "candidates"]),
            (["--view", "candidates", "--no-numbers"], ["--no-numbers", "candidates"]),
            (["--view", "candidates", "--from", "Omgång 1"], ["--from"]),
            (["--view", "candidates", "--highlight", "1485"], ["--highlight", "--anonymize"])):
        refused(study, base + args, status=2, mentions=words)
        assert not os.path.exists(out), args
    refused(study, base + ["--view", "candidates", "--round", "Ingen sådan"], status=1, mentions="Ingen sådan")
    assert not os.path.exists(out)
    assert not [n for n in os.listdir(tmp) if n.startswith(".refused-candidates")]


@test("export --view change refuses one round, the first round alone, --from = --to, "
      "an unknown round and misplaced options, writing nothing")
def _():
    one = export_study()
    study = change_study()
    out = os.path.join(tmp, "refused-change.png")
    base = ["--view", "change", "--format", "png", "-o", out]
    for path, args, status, words in (
            (one, [], 1, ["two rounds"]),
            (study, ["--to", "Autumn"], 1, ["Autumn", "--from"]),
            (study, ["--from", "Spring", "--to", "Spring"], 1, ["Spring"]),
            (study, ["--from", "Winter"], 1, ["Winter"]),
            (study, ["--to", "Winter"], 1, ["Winter"]),
            (study, ["--to", "Spring", "--round", "Spring"], 2, ["--to", "--round"]),
            (study, ["--overlay", "target"], 2, ["--overlay"])):
        refused(path, ["export", path, *base, *args], status=status, mentions=words)
        assert not os.path.exists(out), args
    refused(study, ["export", study, "--view", "heatmap", "--from", "Autumn", "--format", "png", "-o", out],
            status=2, mentions=["--from", "change"])
    refused(study, ["export", study, "--view", "areas", "--collapse", "styrning", "--format", "png", "-o", out],
            status=2, mentions=["--collapse"])
    refused(study, ["export", study, "--view", "rounds", "--format", "png", "-o", out],
            status=2, mentions=["rounds", "change"])
    assert not os.path.exists(out)
    assert not [n for n in os.listdir(tmp) if n.startswith(".refused-change")]


# ---- candidates -------------------------------------------------------------

CAND_STUDY = os.path.join(tmp, "candidates.fkarta")
# The weak capability: these ten at level 1, cannot sustain it, want to
# collaborate; Trollhättan (5) and Uddevalla (4) sustain it and are open
# (hosts); Vänersborg (3) and Orust (4, with difficulty) do not want to.
CAND_WEAK = sorted(FYRBODAL - {"1488", "1485", "1487", "1421"})
CAND_HOSTS = {"1488", "1485"}


def candidates_study():
    """Four capabilities scored where the answer is obvious: caps[0] weak,
    unsustainable and wanted by 12 of 14; caps[1] done well by all (levels
    3 and 4, nobody interested); caps[2] strong and even (all at 5);
    caps[3] weak and wanted but assessed by 3 only (uncertain)."""
    if os.path.exists(CAND_STUDY):
        return CAND_STUDY, candidates_study.caps, candidates_study.region
    ok("new", CAND_STUDY, "--language", "sv")
    d = info(CAND_STUDY)
    caps = [c["key"] for c in d["capabilities"]]
    region = d["municipalities"]

    def score(code, cap, *fields):
        ok("set", CAND_STUDY, "--municipality", code, "--capability", cap, *fields)

    for code in CAND_WEAK:
        score(code, caps[0], "--current", "1", "--target", "3", "--sustain", "no", "--interest", "yes")
    score("1488", caps[0], "--current", "5", "--sustain", "yes", "--interest", "yes")
    score("1485", caps[0], "--current", "4", "--sustain", "yes", "--interest", "maybe")
    score("1487", caps[0], "--current", "3", "--sustain", "yes", "--interest", "no")
    score("1421", caps[0], "--current", "4", "--sustain", "difficult", "--interest", "no")
    for i, m in enumerate(region):
        score(m["code"], caps[1], "--current", "3" if i % 2 else "4", "--sustain", "yes", "--interest", "no")
        score(m["code"], caps[2], "--current", "5", "--sustain", "yes")
    for code in ("1460", "1438", "1439"):
        score(code, caps[3], "--current", "0", "--sustain", "no", "--interest", "yes")
    candidates_study.caps, candidates_study.region = caps, region
    return CAND_STUDY, caps, region


def cand_run(*args):
    """run() with the build's translations, so that a Swedish study speaks Swedish."""
    env = dict(os.environ, FK_LOCALEDIR=os.path.join(os.environ.get("FK_BUILD_ROOT", ""), "po"))
    proc = subprocess.run([CLI, *args], capture_output=True, timeout=60, env=env)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def cand_ok(*args):
    rc, out, err = cand_run(*args)
    assert rc == 0, f"{args}: exit {rc}, stderr {err!r}"
    assert err == "", f"{args}: unexpected stderr {err!r}"
    return out


def candidates_json(*args):
    return json.loads(cand_ok("candidates", *args, "--json"))


def all_names_and_codes():
    return [*NAMES, *NAMES.values()]


@test("candidates --json: the weak, wanted capability first, the one all do well after, "
      "the uncertain last, the strong and even apart")
def _():
    study, caps, region = candidates_study()
    cands = candidates_json(study)
    keys = [c["capability"] for c in cands]
    # Every capability but the strong one, ranked: the certain two first.
    assert len(cands) == len(caps) - 1 and caps[2] not in keys, keys
    assert keys[:3] == [caps[0], caps[1], caps[3]], keys[:3]
    # The uncertain one scores higher than the one all do well, and still
    # comes after it.
    assert cands[2]["score"] > cands[0]["score"] > cands[1]["score"], [c["score"] for c in cands[:3]]
    assert [c["uncertain"] for c in cands[:3]] == [False, False, True]
    assert all(c["uncertain"] and c["assessed"] == 0 and c["score"] == 0 for c in cands[3:])
    strong = candidates_json(study, "--strong")
    assert [c["capability"] for c in strong] == [caps[2]], strong
    # Everyone at 5 and sustaining it alone; nobody answered about interest,
    # which counts as open: all could host, nobody needs to take part.
    assert strong[0]["assessed"] == 14 and strong[0]["participants"] == []
    assert strong[0]["hosts"] == [m["code"] for m in region], strong[0]["hosts"]


@test("candidates --json: fields, types, participants and hosts exactly")
def _():
    study, caps, region = candidates_study()
    names = {c["key"]: c["name"] for c in info(study)["capabilities"]}
    areas = {c["key"]: c["area"] for c in info(study)["capabilities"]}
    order = [m["code"] for m in region]
    sizes = {m["code"]: m["size"] for m in region}
    cands = candidates_json(study)
    fields = {"capability", "name", "area", "score", "reason", "participants", "hosts",
              "assessed", "uncertain", "gain_size_class", "counts", "terms"}
    for c in cands:
        assert set(c) == fields, set(c) ^ fields
        assert c["name"] == names[c["capability"]] and c["area"] == areas[c["capability"]]
        assert isinstance(c["score"], (int, float)) and not isinstance(c["score"], bool)
        assert 0 <= c["score"] <= 100 and round(c["score"], 1) == c["score"], c["score"]
        assert isinstance(c["reason"], str) and c["reason"], c
        assert isinstance(c["assessed"], int) and isinstance(c["uncertain"], bool)
        assert c["gain_size_class"] in (None, "small", "medium", "large"), c["gain_size_class"]
        assert set(c["terms"]) == {"low", "cannot-sustain", "key-person", "interested", "gap", "spread"}
        assert all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in c["terms"].values()), c["terms"]
        assert set(c["counts"]) == {"low", "cannot-sustain", "key-person", "interested"}
    first = cands[0]
    # Region order, codes only.
    assert first["participants"] == [code for code in order if code in CAND_WEAK], first["participants"]
    assert first["hosts"] == [code for code in order if code in CAND_HOSTS], first["hosts"]
    assert first["assessed"] == 14 and first["uncertain"] is False
    assert first["counts"] == {"low": 10, "cannot-sustain": 11, "key-person": 0, "interested": 12}, first["counts"]
    assert abs(first["terms"]["low"] - 10 / 14) < 1e-3 and abs(first["terms"]["interested"] - 12 / 14) < 1e-3
    # The class with the largest share of its assessed members taking part.
    shares = {}
    for size in ("small", "medium", "large"):
        members = [code for code in order if sizes[code] == size]
        shares[size] = sum(code in CAND_WEAK for code in members) / len(members)
    assert first["gain_size_class"] == max(shares, key=shares.get), (first["gain_size_class"], shares)
    second = cands[1]
    assert second["participants"] == [] and second["hosts"] == [] and second["gain_size_class"] is None
    assert second["assessed"] == 14 and second["counts"]["interested"] == 0
    # The reason's numbers and the hosts' names.
    for word in ("10", "14", "11", "12", "Trollhättan", "Uddevalla"):
        assert word in first["reason"], (word, first["reason"])
    assert cands[2]["assessed"] == 3 and cands[2]["participants"] == ["1460", "1438", "1439"]


@test("candidates --limit N gives the N best")
def _():
    study, caps, _ = candidates_study()
    full = candidates_json(study)
    for n in (1, 2, 5):
        assert candidates_json(study, "--limit", str(n)) == full[:n], n
    assert candidates_json(study, "--limit", "1000") == full
    assert candidates_json(study, "--strong", "--limit", "1")[0]["capability"] == caps[2]
    out = cand_ok("candidates", study, "--limit", "1", "--language", "en")
    assert re.search(r"^1 ", out, re.M) and not re.search(r"^ *2 ", out, re.M), out


@test("candidates: names and reasons in --language sv or en, the study's by default")
def _():
    study, caps, _ = candidates_study()
    localedir = os.path.join(os.environ.get("FK_BUILD_ROOT", ""), "po")
    if not os.path.exists(os.path.join(localedir, "sv", "LC_MESSAGES", "formagekarta.mo")):
        raise Skip("the Swedish catalog is not built")
    sv = candidates_json(study, "--language", "sv")
    en = candidates_json(study, "--language", "en")
    default = candidates_json(study)
    assert default == sv
    assert "kommuner" in sv[0]["reason"], sv[0]["reason"]
    # The reasons' sentences that start with a word are translated after
    # the code (po/sv.po): until then only the rest must be Swedish.
    plural = "Of the %u municipalities, %u are at level %d or below."
    catalog = gettext.translation("formagekarta", localedir, ["sv"], fallback=True)
    if catalog.ngettext("Of the %u municipalities, %u is at level %d or below.", plural, 2) != plural:
        assert "municipalities" not in sv[0]["reason"], sv[0]["reason"]
    else:
        assert "ligger på nivå 4 eller 5" in sv[0]["reason"], sv[0]["reason"]
    assert "municipalities" in en[0]["reason"] and "kommuner" not in en[0]["reason"], en[0]["reason"]
    # The same numbers in both; only the words differ.
    assert [c["score"] for c in sv] == [c["score"] for c in en]
    assert [c["capability"] for c in sv] == [c["capability"] for c in en]
    assert sv[0]["name"] != en[0]["name"], sv[0]["name"]
    text = cand_ok("candidates", study, "--language", "en")
    assert en[0]["name"] in text and "municipalities" in text and "Trollhättan" in text
    text_sv = cand_ok("candidates", study)
    assert sv[0]["name"] in text_sv and "kommuner" in text_sv
    # The score with a decimal comma in Swedish, a point in English.
    score = f"{sv[0]['score']:.1f}"
    assert score in text and score.replace(".", ",") in text_sv, (score, text_sv[:300])


@test("candidates as text: rank, score, name, participants, hosts, reason; "
      "the strong and even apart; uncertain ones marked")
def _():
    study, caps, region = candidates_study()
    en = candidates_json(study, "--language", "en")
    text = cand_ok("candidates", study, "--language", "en")
    lines = text.splitlines()
    assert lines[0].startswith("Collaboration candidates — "), lines[0]
    head = [l for l in lines if re.match(r"^ *\d+  ", l)]
    assert len(head) == len(en), (len(head), len(en))
    for rank, (line, cand) in enumerate(zip(head, en), 1):
        assert re.match(rf"^ *{rank}  +{cand['score']:.1f}  {re.escape(cand['name'])}", line), line
        assert ("(uncertain)" in line) == cand["uncertain"], line
    # Lines stay within a terminal's width.
    assert max(len(l) for l in lines) <= 80, max(lines, key=len)
    block = text[text.index(head[0]):text.index(head[1])]
    names = [m["name"] for m in region]
    participants = re.search(r"Participants \(\d+\): (.*?)\n *Possible hosts", block, re.S).group(1)
    assert [n for n in names if n in participants] == \
        [NAMES[c] for c in en[0]["participants"]], participants
    assert "Possible hosts (2): Trollhättan and Uddevalla" in block, block
    assert re.search(r"The (small|medium-sized|large) municipalities would gain most\.", block), block
    strong = text[text.index("Already strong and even"):]
    strong_name = candidates_json(study, "--strong", "--language", "en")[0]["name"]
    assert strong_name in strong and strong_name not in text[:text.index("Already strong and even")]
    only_strong = cand_ok("candidates", study, "--strong", "--language", "en")
    assert only_strong.startswith("Already strong and even") and strong_name in only_strong
    assert en[0]["name"] not in only_strong


def candidates_key(study):
    """letter → code, from the key export writes for the same study."""
    key = os.path.join(tmp, "candidates-key.csv")
    ok("export", study, "--view", "heatmap", "--format", "png", "--anonymize",
       "-o", os.path.join(tmp, "candidates-key.png"), "--key-output", key)
    with open(key, "rb") as f:
        rows = f.read().decode("utf-8").split("\r\n")[1:-1]
    return {r.split(",")[0]: r.split(",")[1] for r in rows}


@test("candidates --anonymize names no municipality and gives no code anywhere, "
      "in JSON and text, in both languages; the letters are the study's")
def _():
    study, caps, region = candidates_study()
    plain = candidates_json(study)
    for language in ("sv", "en"):
        for extra in ([], ["--json"], ["--strong"], ["--strong", "--json"]):
            args = ["candidates", study, "--anonymize", "--language", language, *extra]
            rc, out, err = cand_run(*args)
            assert rc == 0 and err == "", (args, rc, err)
            for word in all_names_and_codes():
                assert word not in out + err, (args, word)
            if extra == []:
                assert "Kommun " in out or "Municipality " in out, out[:400]
    anon = candidates_json(study, "--anonymize")
    key = candidates_key(study)
    assert [c["capability"] for c in anon] == [c["capability"] for c in plain]
    assert [c["score"] for c in anon] == [c["score"] for c in plain]
    letters = set(key)
    for a, p in zip(anon, plain):
        assert set(a["participants"]) <= letters and set(a["hosts"]) <= letters, a
        # The same municipalities, as letters, in letter order.
        assert sorted(key[x] for x in a["participants"]) == sorted(p["participants"]), a
        assert sorted(key[x] for x in a["hosts"]) == sorted(p["hosts"]), a
        assert a["participants"] == sorted(a["participants"], key=lambda x: (len(x), x))
    assert anon[0]["gain_size_class"] in ("small", "medium", "large", "small-medium", "medium-large")
    assert re.search(r"(Kommun|Municipality) [A-N]\b", anon[0]["reason"]), anon[0]["reason"]


@test("candidates refuses --limit 0, -1 and x, an unknown option or language (exit 2) "
      "and an unknown round (exit 1), one line each")
def _():
    study, _, _ = candidates_study()
    for args, status, words in (
            (["--limit", "0"], 2, ["--limit", "0"]),
            (["--limit=-1"], 2, ["--limit", "-1"]),
            (["--limit", "x"], 2, ["--limit", "x"]),
            (["--limit", "2.5"], 2, ["--limit"]),
            (["--bogus"], 2, ["--bogus"]),
            (["--language", "de"], 2, ["--language"]),
            (["--round", "Ingen sådan"], 1, ["Ingen sådan"])):
        refused(study, ["candidates", study, *args], status=status, mentions=words)
        refused(study, ["candidates", study, "--json", *args], status=status, mentions=words)
    refused(None, ["candidates"], status=2)
    refused(None, ["candidates", os.path.join(tmp, "no-such.fkarta")], status=1, mentions="no-such.fkarta")


@test("candidates refuses a round without levels and unreadable stored weights (exit 1)")
def _():
    empty = os.path.join(tmp, "candidates-empty.fkarta")
    ok("new", empty, "--language", "en", "--round", "Autumn")
    refused(empty, ["candidates", empty], 1, ["Autumn"])
    refused(empty, ["candidates", empty, "--json"], 1, ["Autumn"])
    # Only "not applicable": still nothing to rank.
    ok("set", empty, "--municipality", "1488", "--capability", candidates_study()[1][0], "--current", "na")
    refused(empty, ["candidates", empty, "--json"], 1, ["Autumn"])
    ok("set", empty, "--municipality", "1485", "--capability", candidates_study()[1][0], "--current", "2")
    assert len(candidates_json(empty)) > 0
    # Weights nobody can read are an error, never the defaults.
    db = sqlite3.connect(empty, isolation_level=None)
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('candidate-weights', 'low=much')")
    db.close()
    refused(empty, ["candidates", empty, "--json"], 1, ["low=much"])
    refused(empty, ["candidates", empty], 1, ["low=much"])


@test("candidates never changes the study file (after the first anonymised run stores the seed)")
def _():
    study, _, _ = candidates_study()
    copy = os.path.join(tmp, "candidates-copy.fkarta")
    shutil.copyfile(study, copy)
    before = sha256(copy)
    for extra in ([], ["--json"], ["--strong"], ["--limit", "3", "--json"], ["--language", "en"],
                  ["--round", "Omgång 1"]):
        cand_ok("candidates", copy, *extra)
        assert sha256(copy) == before, extra
    # The first anonymised output of a study stores its seed, as export does;
    # from then on the file stays as it is.
    cand_ok("candidates", copy, "--anonymize")
    seeded = sha256(copy)
    for extra in ([], ["--json"], ["--strong", "--json"], ["--language", "en"]):
        cand_ok("candidates", copy, "--anonymize", *extra)
        assert sha256(copy) == seeded, extra


# ---- export-response (docs/cli.md, docs/response-format.md) ----

SCORE_FIELDS = ("current", "target", "sustain", "key_person", "interest",
                "comment", "respondent", "updated")


def response_study():
    """A study where 1488 and 1438 have answered a few capabilities."""
    path = os.path.join(tmp, "svar.fkarta")
    if os.path.exists(path):
        return path
    ok("new", path, "--language", "sv", "--round", "Hösten 2020")
    caps = [c["key"] for c in info(path)["capabilities"]]
    ok("set", path, "--municipality", "1488", "--capability", caps[0], "--current", "3",
       "--target", "5", "--sustain", "difficult", "--key-person", "yes", "--interest", "maybe",
       "--comment", 'Rad ett; "citat"\nrad två <b>&</b> i Åmål', "--respondent", "Åsa Öberg")
    ok("set", path, "--municipality", "1488", "--capability", caps[1], "--current", "na")
    ok("set", path, "--municipality", "1438", "--capability", caps[0], "--current", "1")
    return path


def check_schema(document):
    """Validates against data/response.schema.json when python3-jsonschema
    is there; the required members are checked by hand either way."""
    for member in ("format", "format_version", "model", "municipality", "round",
                   "exported", "scores"):
        assert member in document, member
    try:
        import jsonschema
    except ImportError:
        return
    with open(os.path.join(SOURCE_ROOT, "data", "response.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)


@test("export-response writes the filled and the blank response of one municipality; "
      "the study is unchanged")
def _():
    study = response_study()
    before = sha256(study)
    filled = os.path.join(tmp, "svar-1488.fksvar")
    blank = os.path.join(tmp, "svar-1488-blank.fksvar")
    out = ok("export-response", study, "--municipality", "1488", "-o", filled)
    assert "Trollhättan" in out and "Hösten 2020" in out and "2" in out, out
    out = ok("export-response", study, "--municipality", "1488", "--round", "Hösten 2020",
             "--blank", "--format", "json", "-o", blank)
    assert "Trollhättan" in out, out
    assert sha256(study) == before
    leftovers = [n for n in os.listdir(tmp) if n.startswith(".svar-1488") or "XXXXXX" in n]
    assert leftovers == [], leftovers

    d = info(study)
    with open(filled, encoding="utf-8") as f:
        doc = json.load(f)
    check_schema(doc)
    assert doc["format"] == "formagekarta-response" and doc["format_version"] == 1
    assert doc["model"]["checksum"] == d["model"]["checksum"]
    assert doc["model"]["id"] == d["model"]["id"] and doc["model"]["version"] == d["model"]["version"]
    model = json.loads(doc["model"]["document"])
    assert model["format"] == "formagekarta-model" and model["id"] == d["model"]["id"]
    assert hashlib.sha256(doc["model"]["document"].encode("utf-8")).hexdigest() == d["model"]["checksum"]
    assert doc["municipality"] == {"code": "1488", "name": "Trollhättan"}, doc["municipality"]
    assert doc["round"] == "Hösten 2020" and doc["language"] == "sv"
    assert doc["respondent"] == "Åsa Öberg", doc["respondent"]
    assert ISO_UTC.match(doc["exported"]), doc["exported"]
    # Exactly 1488's scores, every field as "get --json" gives it.
    stored = scores(study, "--municipality", "1488")
    assert sorted(doc["scores"]) == sorted(s["capability"] for s in stored), doc["scores"].keys()
    for s in stored:
        entry = doc["scores"][s["capability"]]
        assert set(entry) == set(SCORE_FIELDS), entry
        for field in SCORE_FIELDS:
            assert entry[field] == s[field], (field, entry[field], s[field])
    assert doc["scores"][stored[0]["capability"]]["comment"] == 'Rad ett; "citat"\nrad två <b>&</b> i Åmål'

    with open(blank, encoding="utf-8") as f:
        empty = json.load(f)
    check_schema(empty)
    assert empty["scores"] == {}, empty["scores"]
    assert empty["model"]["document"] == doc["model"]["document"]
    assert empty["municipality"]["code"] == "1488"


@test("export-response refuses an unknown municipality or round (exit 1) and a "
      "bad command line (exit 2), one line each; nothing written, the study unchanged")
def _():
    study = response_study()
    out = os.path.join(tmp, "refused.fksvar")
    for args, status, words in (
            (["--municipality", "9999"], 1, ["9999", "svar.fkarta"]),
            (["--municipality", "1488", "--round", "Våren 2099"], 1, ["Våren 2099"]),
            (["--municipality", "1488", "--format", "xml"], 2, ["xml"]),
            ([], 2, ["--municipality"]),
            (["--municipality", "1488", "--bogus"], 2, ["--bogus"])):
        refused(study, ["export-response", study, *args, "-o", out], status=status, mentions=words)
        assert not os.path.exists(out), args
    refused(study, ["export-response", study, "--municipality", "1488"], status=2, mentions="-o")
    nowhere = os.path.join(tmp, "no-such-dir", "x.fksvar")
    refused(study, ["export-response", study, "--municipality", "1488", "-o", nowhere],
            status=1, mentions=nowhere)
    refused(None, ["export-response", os.path.join(tmp, "no-such.fkarta"), "--municipality", "1488",
                   "-o", out], status=1, mentions="no-such.fkarta")


@test("export-response replaces an existing file whole")
def _():
    study = response_study()
    out = os.path.join(tmp, "replaced.fksvar")
    with open(out, "w") as f:
        f.write("old")
    ok("export-response", study, "--municipality", "1438", "-o", out)
    with open(out, encoding="utf-8") as f:
        doc = json.load(f)
    assert doc["municipality"]["code"] == "1438" and len(doc["scores"]) == 1, doc["scores"]


def import_files():
    """1488's and 1438's response files and a broken one, from response_study()."""
    study = response_study()
    paths = []
    for code in ("1488", "1438"):
        out = os.path.join(tmp, f"import-{code}.fksvar")
        ok("export-response", study, "--municipality", code, "-o", out)
        paths.append(out)
    broken = os.path.join(tmp, "import-trasig.fksvar")
    with open(broken, "w", encoding="utf-8") as f:
        f.write('{"format": "formagekarta-response", ')
    return study, paths[0], paths[1], broken


def import_lead(name):
    path = os.path.join(tmp, name)
    ok("new", path, "--language", "sv", "--round", "Hösten 2020")
    return path


@test("import --dry-run prints the preview and writes nothing")
def _():
    study, good1, good2, broken = import_files()
    lead = import_lead("import-dry.fkarta")
    before = sha256(lead)
    out = ok("import", "--dry-run", lead, good1, good2)
    lines = out.splitlines()
    assert lines[0].startswith("import-1488.fksvar: Trollhättan (1488), round “Hösten 2020”: new: 2"), lines
    assert lines[1].startswith("import-1438.fksvar: Dals-Ed (1438)"), lines
    assert "Dry run" in lines[-1], lines
    assert sha256(lead) == before
    assert scores(lead) == []


@test("import of two good files and a broken one: exit 1, the broken one named, the good ones "
      "imported with the same scores, the log lists them; a second import changes nothing")
def _():
    study, good1, good2, broken = import_files()
    lead = import_lead("import-lead.fkarta")
    rc, out, err = run("import", lead, good1, broken, good2)
    assert rc == 1, (rc, err)
    lines = err.splitlines()
    assert len(lines) == 2 and "import-trasig.fksvar" in lines[0], lines
    assert "1 of 3" in lines[1], lines
    assert "import-1488.fksvar" in out and "import-1438.fksvar" in out, out
    assert "import-trasig" not in out, out

    def answers(path):
        return [{k: v for k, v in s.items() if k != "round"} for s in scores(path)]
    assert answers(lead) == answers(study), (answers(lead), answers(study))
    with sqlite3.connect(lead) as db:
        log = db.execute("SELECT source, municipality, summary, checksum, n_new, n_changed"
                         " FROM import_log ORDER BY id").fetchall()
    assert [row[:2] for row in log] == [("import-1488.fksvar", "1488"),
                                       ("import-1438.fksvar", "1438")], log
    assert log[0][2].startswith("new: 2,"), log
    assert log[0][3] == sha256(good1) and log[1][3] == sha256(good2), log
    assert log[0][4:] == (2, 0) and log[1][4:] == (1, 0), log

    before = sha256(lead)
    out = ok("import", lead, good1)
    assert "nothing changed" in out, out
    assert sha256(lead) == before


@test("import refuses an unknown round without --create-round and adds it with it; "
      "a bad command line is exit 2")
def _():
    study, good1, good2, broken = import_files()
    lead = os.path.join(tmp, "import-round.fkarta")
    ok("new", lead, "--language", "sv", "--round", "Våren 2021")
    refused(lead, ["import", lead, good1], status=1, mentions=["import-1488.fksvar", "Hösten 2020"])
    out = ok("import", "--create-round", lead, good1)
    assert "adds the round “Hösten 2020”" in out, out
    assert [r["name"] for r in info(lead)["rounds"]] == ["Våren 2021", "Hösten 2020"]
    refused(lead, ["import", lead], status=2, mentions="import")
    refused(lead, ["import", "--bogus", lead, good1], status=2, mentions="--bogus")


@test("export-response --format csv writes the spreadsheet form, filled and blank: a BOM, "
      "';' for a Swedish study, CRLF, one row per capability with its context; the study unchanged")
def _():
    import csv
    import io
    study = response_study()
    before = sha256(study)
    d = info(study)
    caps = [c["key"] for c in d["capabilities"]]
    filled = os.path.join(tmp, "svar-1488.csv")
    blank = os.path.join(tmp, "svar-1488-blank.csv")
    out = ok("export-response", study, "--municipality", "1488", "--format", "csv", "-o", filled)
    assert "svar-1488.csv" in out and "Trollhättan" in out, out
    out = ok("export-response", study, "--municipality", "1488", "--blank", "--format", "csv", "-o", blank)
    assert "svar-1488-blank.csv" in out, out
    assert sha256(study) == before

    for path in (filled, blank):
        with open(path, "rb") as f:
            raw = f.read()
        assert raw.startswith(b"\xef\xbb\xbf"), raw[:10]
        assert b"\r\n" in raw
        text = raw[3:].decode("utf-8")
        assert text.split("\r\n")[0].startswith("Område;Förmåga (nyckel);"), text[:80]
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        rows = [r for r in rows if r]
        header, body = rows[0], rows[1:]
        assert len(body) == len(caps), (len(body), len(caps))
        assert [r[header.index("Förmåga (nyckel)")] for r in body] == caps
        for r in body:
            assert r[header.index("Kommunkod")] == "1488"
            assert r[header.index("Omgång")] == "Hösten 2020"
            assert ISO_UTC.match(r[header.index("Exporterad")]), r
            assert r[header.index("Modellens kontrollsumma")] == d["model"]["checksum"]
            # Level 0 is the capability's own text or the scale's, marked.
            assert re.match(r"0 Saknas( \(allmän beskrivning\))?: ", r[header.index("Nivåerna")]), r
        by_key = {r[1]: r for r in body}
        if path == filled:
            first = by_key[caps[0]]
            assert first[4:10] == ["3", "5", "Med svårighet", "Ja", "Kanske",
                                   'Rad ett; "citat"\nrad två <b>&</b> i Åmål'], first[4:10]
            assert by_key[caps[1]][4] == "Ej tillämplig", by_key[caps[1]]
        else:
            for r in body:
                assert r[4:10] == [""] * 6, r



@test("import reads the spreadsheet form too: export-response --format csv, then import into "
      "another study, gives the same scores")
def _():
    study = response_study()
    form = os.path.join(tmp, "svar-1488.csv")
    ok("export-response", study, "--municipality", "1488", "--format", "csv", "-o", form)
    lead = os.path.join(tmp, "lead-csv.fkarta")
    ok("new", lead, "--language", "sv", "--round", "Hösten 2020")
    out = ok("import", lead, form)
    assert "svar-1488.csv" in out, out
    fields = ("capability", "current", "target", "sustain", "key_person", "interest", "comment")
    want = [{k: s[k] for k in fields} for s in scores(study, "--municipality", "1488")]
    got = [{k: s[k] for k in fields} for s in scores(lead, "--municipality", "1488")]
    assert got == want, (got, want)
    assert scores(lead, "--municipality", "1438") == []
    # The same form again changes nothing.
    before = sha256(lead)
    ok("import", lead, form)
    assert sha256(lead) == before


@test("import-log lists the imports; undo-import puts the scores back and "
      "marks the import; a second undo, an edited score and an unknown id are refused")
def _():
    study = response_study()
    form = os.path.join(tmp, "undo-1488.fksvar")
    ok("export-response", study, "--municipality", "1488", "-o", form)
    lead = os.path.join(tmp, "lead-undo.fkarta")
    ok("new", lead, "--language", "sv", "--round", "Hösten 2020")
    caps = [c["key"] for c in info(lead)["capabilities"]]
    ok("set", lead, "--municipality", "1488", "--capability", caps[0], "--current", "1")
    before = scores(lead)
    ok("import", lead, form)
    assert scores(lead) != before

    log = json.loads(ok("import-log", lead, "--json"))
    assert len(log) == 1, log
    line = log[0]
    assert line["file"] == "undo-1488.fksvar", line
    assert line["municipality"] == "1488" and line["round"] == "Hösten 2020", line
    assert ISO_UTC.match(line["time"]), line
    assert (line["new"], line["changed"], line["unchanged"]) == (1, 1, 0), line
    assert line["can_undo"] is True and line["undone_by"] is None and line["undoes"] is None, line
    table = ok("import-log", lead)
    assert "undo-1488.fksvar" in table and "1488" in table, table

    out = ok("undo-import", lead, str(line["id"]))
    assert "undo-1488.fksvar" in out, out
    assert scores(lead) == before
    log = json.loads(ok("import-log", lead, "--json"))
    assert len(log) == 2, log
    assert log[0]["can_undo"] is False and log[0]["undone_by"] == log[1]["id"], log
    assert log[1]["undoes"] == log[0]["id"] and log[1]["new"] is None, log

    refused(lead, ["undo-import", lead, str(line["id"])], status=1, mentions="undo-1488.fksvar")
    refused(lead, ["undo-import", lead, "99"], status=1, mentions="99")
    refused(lead, ["undo-import", lead, "x"], status=2, mentions="x")
    refused(lead, ["undo-import", lead], status=2)

    # Imported again, then edited: the undo is refused and nothing changes.
    ok("import", lead, form)
    again = json.loads(ok("import-log", lead, "--json"))[-1]
    ok("set", lead, "--municipality", "1488", "--capability", caps[1], "--current", "4")
    edited = scores(lead)
    refused(lead, ["undo-import", lead, str(again["id"])], status=1,
            mentions=["Trollhättan", "undo-1488.fksvar"])
    assert scores(lead) == edited
    assert json.loads(ok("import-log", lead, "--json"))[-1]["can_undo"] is True


# ---- import rejections (issue 12, "Rejections") ----

def db_dump(path):
    """Every row of the study, for comparing before and after."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return "\n".join(db.iterdump())


def rejection_files():
    """(file, words its message must hold): one file per refusal."""
    study = response_study()
    fixtures = os.path.join(SOURCE_ROOT, "tests", "data", "responses")
    cases = [(os.path.join(fixtures, name), words) for name, words in (
        ("not-json.fksvar", ["neither a response file nor a spreadsheet form"]),
        ("wrong-format.fksvar", ["formagekarta-response"]),
        ("newer-version.fksvar", ["version 2"]),
        ("invalid-utf8.fksvar", ["not UTF-8"]),
        ("deep-nesting.fksvar", ["nested deeper than 32 levels"]),
        ("nul-character.fksvar", ["\\u0000"]),
        ("lax-json.fksvar", ["line 14, column 3"]),
        ("duplicate-capability.fksvar", ["styrning.strategi", "twice"]),
        ("duplicate-member.fksvar", ["round", "twice"]),
        ("level-outside-scale.fksvar", ["styrning.strategi", "outside the scale"]),
        ("level-wrong-type.fksvar", ["styrning.strategi", "must be a level"]),
        ("bad-answer-word.fksvar", ["styrning.strategi", "ja"]),
        ("bad-capability-key.fksvar", ["Styrning Strategi"]),
        ("missing-round.fksvar", ["round: is missing"]),
    )]
    filled = os.path.join(tmp, "reject-base.fksvar")
    ok("export-response", study, "--municipality", "1488", "-o", filled)
    with open(filled, encoding="utf-8") as f:
        base = json.load(f)
    key = sorted(base["scores"])[0]

    def made(name, change, words):
        doc = json.loads(json.dumps(base))
        change(doc)
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        cases.append((path, words))

    made("reject-municipality.fksvar",
         lambda d: d.update(municipality={"code": "0180", "name": "Stockholm"}), ["0180"])
    made("reject-round.fksvar", lambda d: d.update(round="Våren 2099"), ["Våren 2099"])
    made("reject-unknown.fksvar",
         lambda d: d["scores"].update({"finns.inte": {"current": 2}}), ["finns.inte"])
    # Trollhättan's file carrying a score of Dals-Ed's.
    made("reject-other.fksvar",
         lambda d: d["scores"][key].update(municipality="1438"), [key, "municipality"])
    big = os.path.join(tmp, "reject-big.fksvar")
    with open(big, "w", encoding="utf-8") as f:
        f.write('{"comment": "' + "x" * (6 << 20) + '"}')
    cases.append((big, ["MiB"]))
    form = os.path.join(tmp, "reject-form.csv")
    ok("export-response", study, "--municipality", "1488", "--format", "csv", "-o", form)
    import csv
    with open(form, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    rows[2][4] = "7"  # the second capability's current level
    with open(form, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    # Line 4: the first capability's comment spans two lines.
    cases.append((form, ["line 4", "“7” is not a level"]))
    return cases


@test("import refuses each bad file with one message naming the file and the problem; "
      "the study's database is the same before and after")
def _():
    lead = import_lead("import-rejections.fkarta")
    before = db_dump(lead)
    for path, words in rejection_files():
        name = os.path.basename(path)
        rc, out, err = run("import", lead, path)
        assert rc == 1, (name, rc, out, err)
        first = err.splitlines()[0]
        assert name in first, (name, first)
        for word in words:
            assert word in first, (name, word, first)
        assert name not in out or "nothing" in out, (name, out)
        assert db_dump(lead) == before, name
    # The same files with --dry-run: the same refusals.
    rc, out, err = run("import", "--dry-run", lead, *[p for p, _ in rejection_files()])
    assert rc == 1 and db_dump(lead) == before, (rc, err)


@test("import of a file made with another version of the model says so and matches scores by key")
def _():
    study = response_study()
    path = os.path.join(tmp, "other-model.fksvar")
    ok("export-response", study, "--municipality", "1438", "-o", path)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    doc["model"] = {"id": doc["model"]["id"], "version": "0.9.0", "checksum": "0" * 64}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    lead = import_lead("import-other-model.fkarta")
    out = ok("import", lead, path)
    assert "another version of the model" in out and "capability key" in out, out
    fields = ("capability", "current")
    assert [{k: s[k] for k in fields} for s in scores(lead, "--municipality", "1438")] == \
        [{k: s[k] for k in fields} for s in scores(study, "--municipality", "1438")]


# ---- scenarios (docs/cli.md, docs/scenarios.md) ------------------------------

SCENARIO_NAMES = {
    "sv": ["Nollalternativ", "Nätverk och erfarenhetsutbyte",
           "Samverkan kring utvalda förmågor", "Gemensam digital motor"],
    "en": ["Baseline", "Network and exchange of experience",
           "Collaboration on selected capabilities", "Joint digital motor"],
}
SCENARIO_KINDS = ["baseline", "network", "selected", "joint"]
SCENARIO_SECTIONS = ["summary", "capabilities", "participants", "benefits", "risks",
                     "requirements", "next-step"]
SCENARIO_FIELDS = {"id", "kind", "name", "round", "generated_round", "follows_candidates",
                   "capabilities", "hosts", "municipalities", "edited", "stale", "text", "sections"}


def scenarios_json(*args):
    return json.loads(cand_ok("scenarios", *args, "--json"))


def scenario_study(name):
    """A copy of the candidates study (scores with obvious answers) for
    tests that write scenario text."""
    path = os.path.join(tmp, name)
    shutil.copyfile(candidates_study()[0], path)
    return path


def swedish_catalog():
    localedir = os.path.join(os.environ.get("FK_BUILD_ROOT", ""), "po")
    if not os.path.exists(os.path.join(localedir, "sv", "LC_MESSAGES", "formagekarta.mo")):
        raise Skip("the Swedish catalog is not built")


def edit_section(path, scenario_id, section, text, language="sv"):
    """What the app's editor stores: the user's own text, marked edited."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE scenario_text SET text = ?, edited = 1"
               " WHERE scenario_id = ? AND language = ? AND section = ?",
               (text, scenario_id, language, section))
    assert db.execute("SELECT changes()").fetchone()[0] == 1
    db.close()


def check_scenario_shape(s, codes):
    assert set(s) == SCENARIO_FIELDS, set(s) ^ SCENARIO_FIELDS
    assert isinstance(s["id"], int) and s["id"] > 0, s["id"]
    assert isinstance(s["name"], str) and s["name"], s
    assert isinstance(s["round"], str) and s["round"]
    assert s["generated_round"] is None or isinstance(s["generated_round"], str)
    assert isinstance(s["follows_candidates"], bool) and isinstance(s["edited"], bool)
    assert isinstance(s["stale"], bool)
    assert all(isinstance(k, str) for k in s["capabilities"]), s["capabilities"]
    assert isinstance(s["hosts"], dict) and set(s["hosts"]) <= set(s["capabilities"]), s["hosts"]
    assert set(s["hosts"].values()) <= set(codes), s["hosts"]
    assert set(s["municipalities"]) <= set(codes), s["municipalities"]
    assert s["municipalities"] == [c for c in codes if c in s["municipalities"]], "not in region order"
    assert [x["section"] for x in s["sections"]] == SCENARIO_SECTIONS, s["sections"]
    for x in s["sections"]:
        assert set(x) == {"section", "heading", "text", "edited", "stored"}, x
        assert isinstance(x["heading"], str) and x["heading"] and isinstance(x["text"], str) and x["text"]
        assert isinstance(x["edited"], bool) and isinstance(x["stored"], bool)
    # The whole text is the sections under their headings, as printed.
    assert s["text"] == "\n\n".join(f"{x['heading']}\n{x['text'].rstrip()}" for x in s["sections"]), s["text"][:200]


@test("scenarios lists the four defaults of a new study, named in the study's language; "
      "--json gives every field with its type")
def _():
    assert "scenarios" in ok("--help") and "--regenerate" in ok("scenarios", "--help")
    for language in ("sv", "en"):
        path = os.path.join(tmp, f"scenarios-new-{language}.fkarta")
        ok("new", path, "--language", language, "--round", "Hösten 2020")
        codes = [m["code"] for m in info(path)["municipalities"]]
        listed = scenarios_json(path)
        assert [s["kind"] for s in listed] == SCENARIO_KINDS, listed
        assert [s["name"] for s in listed] == SCENARIO_NAMES[language], [s["name"] for s in listed]
        for s in listed:
            check_scenario_shape(s, codes)
            assert s["round"] == "Hösten 2020" and s["generated_round"] is None
            assert s["edited"] is False and not any(x["stored"] or x["edited"] for x in s["sections"])
        # Nobody has scored yet: nothing to take from the candidates.
        assert [s["capabilities"] for s in listed] == [[], [], [], []]
        assert listed[0]["municipalities"] == codes and listed[1]["municipalities"] == codes
        assert [s["follows_candidates"] for s in listed] == [False, False, True, True]
        # Without --json: the round, then each name and its text, headings included.
        text = cand_ok("scenarios", path)
        assert text.splitlines()[0].endswith("Hösten 2020"), text[:100]
        for s in listed:
            assert f"\n\n{s['name']}\n\n{s['text']}\n\n" in text, s["name"]
        # Listing writes nothing into a study that has its scenarios already.
        before = sha256(path)
        cand_ok("scenarios", path, "--json")
        assert sha256(path) == before


@test("scenarios: the text of a filled study has its numbers, names and hosts; "
      "the plain output is the JSON's names and texts")
def _():
    study, caps, region = candidates_study()
    codes = [m["code"] for m in region]
    listed = scenarios_json(study, "--language", "en")
    for s in listed:
        check_scenario_shape(s, codes)
    selected = listed[2]
    # The weak, wanted capability first, hosted by the strongest of its hosts.
    assert selected["capabilities"][0] == caps[0] and caps[2] not in selected["capabilities"], selected
    assert selected["hosts"] == {caps[0]: "1488"}, selected["hosts"]
    assert selected["municipalities"] == [c for c in codes if c in set(CAND_WEAK) | CAND_HOSTS], \
        selected["municipalities"]
    assert selected["follows_candidates"] is True
    sections = {x["section"]: x["text"] for x in selected["sections"]}
    for words in ("all 14 municipalities assessed it", "their median level is 1",
                  "Of them, ten are at level 2 or below", "Of them, eleven cannot, or can only with difficulty, sustain it",
                  "Every municipality except Orust and Vänersborg wants to collaborate on it"):
        assert words in sections["capabilities"], (words, sections["capabilities"][:400])
    assert "Of the region's 14 municipalities, 12 take part" in sections["participants"], sections["participants"]
    assert "Trollhättan could host" in sections["participants"], sections["participants"]
    assert "Orust" not in sections["participants"].split("\n\n")[0], "Orust does not take part"
    # The plain output prints the same names and texts, in order.
    text = cand_ok("scenarios", study, "--language", "en")
    expected = "".join(f"{s['name']}\n\n{s['text']}\n\n" for s in listed)
    assert text == f"Scenarios — {listed[0]['round']}\n\n" + expected, text[:300]


@test("scenarios --language en and sv: each text in its own language, the same numbers")
def _():
    swedish_catalog()
    study, caps, _ = candidates_study()
    sv = scenarios_json(study, "--language", "sv")
    en = scenarios_json(study, "--language", "en")
    assert scenarios_json(study) == sv
    assert [s["name"] for s in sv] == SCENARIO_NAMES["sv"] and [s["name"] for s in en] == SCENARIO_NAMES["en"]
    assert [s["capabilities"] for s in sv] == [s["capabilities"] for s in en]
    assert [s["municipalities"] for s in sv] == [s["municipalities"] for s in en]
    for a, b in zip(sv, en):
        assert "kommuner" in a["text"] and "municipalities" not in a["text"], a["text"][:300]
        assert "municipalities" in b["text"] and "kommuner" not in b["text"], b["text"][:300]
    assert sv[2]["sections"][0]["heading"] == "Vad scenariot innebär"
    assert en[2]["sections"][0]["heading"] == "What the scenario means"
    # A decimal comma in Swedish, a point in English.
    assert "2,0" in sv[2]["sections"][3]["text"] and "2.0" in en[2]["sections"][3]["text"], \
        (sv[2]["sections"][3]["text"][:200], en[2]["sections"][3]["text"][:200])
    text = cand_ok("scenarios", study, "--language", "sv")
    assert "Vad scenariot innebär\n" in text and "What the scenario means" not in text


@test("scenarios --regenerate stores the text: a run without it prints the same, "
      "and a second --regenerate changes nothing")
def _():
    path = scenario_study("scenarios-regenerate.fkarta")
    fresh = scenarios_json(path)
    assert not any(x["stored"] for s in fresh for x in s["sections"])
    stored = json.loads(cand_ok("scenarios", path, "--regenerate", "--json"))
    assert [s["text"] for s in stored] == [s["text"] for s in fresh]
    assert all(x["stored"] and not x["edited"] for s in stored for x in s["sections"])
    assert all(s["generated_round"] == s["round"] for s in stored)
    assert scenarios_json(path) == stored
    text = cand_ok("scenarios", path)
    assert cand_ok("scenarios", path, "--regenerate") == text
    db = sqlite3.connect(path)
    rows = db.execute("SELECT COUNT(*) FROM scenario_text WHERE language = 'sv' AND edited = 0").fetchone()[0]
    db.close()
    assert rows == 4 * len(SCENARIO_SECTIONS), rows
    before = sha256(path)
    cand_ok("scenarios", path, "--regenerate")
    assert sha256(path) == before
    # Only the language asked for is stored.
    english = scenarios_json(path, "--language", "en")
    assert not any(x["stored"] for s in english for x in s["sections"])


@test("scenarios --regenerate keeps a section the user edited, says so on stderr, "
      "and replaces the others when the scores change")
def _():
    swedish_catalog()
    path = scenario_study("scenarios-edited.fkarta")
    cand_ok("scenarios", path, "--regenerate")
    selected = scenarios_json(path)[2]
    own = "Vår egen text om kostnaderna.\n\nAndra stycket."
    edit_section(path, selected["id"], "risks", own)
    # New scores: Tanum is now as strong as Trollhättan, and before it in
    # region order, so it becomes the host; one fewer is weak.
    ok("set", path, "--municipality", "1435", "--capability", candidates_study()[1][0],
       "--current", "5", "--sustain", "yes", "--interest", "yes")
    rc, out, err = cand_run("scenarios", path, "--regenerate", "--json")
    assert rc == 0, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Samverkan kring utvalda förmågor" in lines[0] and "Kostnader och risker" in lines[0], lines[0]
    after = json.loads(out)[2]
    by_section = {x["section"]: x for x in after["sections"]}
    assert by_section["risks"]["text"] == own and by_section["risks"]["edited"] is True
    assert after["edited"] is True and [s["edited"] for s in json.loads(out)] == [False, False, True, False]
    # The untouched sections follow the new scores.
    old = {x["section"]: x["text"] for x in selected["sections"]}
    assert "Trollhättan kan vara värdkommun" in old["participants"], old["participants"]
    assert "Tanum kan vara värdkommun" in by_section["participants"]["text"], by_section["participants"]["text"]
    assert "Av dem ligger tio på nivå 2 eller lägre" in old["capabilities"], old["capabilities"][:300]
    assert "Av dem ligger nio på nivå 2 eller lägre" in by_section["capabilities"]["text"]
    assert after["hosts"] == {candidates_study()[1][0]: "1435"}, after["hosts"]
    assert not any(x["edited"] for x in after["sections"] if x["section"] != "risks")
    # The user's paragraphs are printed as they are.
    assert "\n\nKostnader och risker\n" + own + "\n\n" in cand_ok("scenarios", path)
    # Said again on every --regenerate, and the text still kept.
    rc, out, err = cand_run("scenarios", path, "--regenerate")
    assert rc == 0 and "Kostnader och risker" in err and own in out, err


@test("scenarios says which scenarios' stored text is older than the scores (stderr, \"stale\" "
      "in --json); after --regenerate it says nothing")
def _():
    path = scenario_study("scenarios-stale.fkarta")
    cand_ok("scenarios", path, "--regenerate")
    rc, out, err = cand_run("scenarios", path, "--json")
    assert rc == 0 and err == "", err
    assert [s["stale"] for s in json.loads(out)] == [False] * 4
    # A score changes after the text was stored.
    ok("set", path, "--municipality", "1435", "--capability", candidates_study()[1][0],
       "--current", "5", "--sustain", "yes", "--interest", "yes")
    rc, out, err = cand_run("scenarios", path, "--json")
    assert rc == 0, err
    listed = json.loads(out)
    stale = [s["name"] for s in listed if s["stale"]]
    assert "Samverkan kring utvalda förmågor" in stale, stale
    lines = err.splitlines()
    assert len(lines) == len(stale), err
    for name, line in zip(stale, lines):
        # “…” in English, ”…” in Swedish (the study's language, when the catalog is built).
        assert line.startswith((f"formagekarta-cli: “{name}” ", f"formagekarta-cli: ”{name}” ")) \
            and "--regenerate" in line, line
    # The same note without --json; the stored text is still what is printed.
    rc, text, err_text = cand_run("scenarios", path)
    assert rc == 0 and err_text == err, err_text
    # Regenerated: nothing stale, nothing said.
    cand_ok("scenarios", path, "--regenerate")
    rc, out, err = cand_run("scenarios", path, "--json")
    assert rc == 0 and err == "", err
    assert not any(s["stale"] for s in json.loads(out))


@test("scenarios --anonymize names no municipality and gives no code anywhere; the user's "
      "sections and names that might are replaced, and stderr says so")
def _():
    path = scenario_study("scenarios-anonymous.fkarta")
    cand_ok("scenarios", path, "--regenerate")
    listed = scenarios_json(path)
    edit_section(path, listed[2]["id"], "summary", "Trollhättan (1488) leder arbetet.")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("INSERT INTO scenario (kind, title, title_en, position, auto_capabilities, created, updated)"
               " VALUES ('custom', 'Uddevalla som värd', '', 9, 0, 0, 0)")
    custom = db.execute("SELECT last_insert_rowid()").fetchone()[0]
    db.execute("INSERT INTO scenario_capability (scenario_id, position, capability, host) VALUES (?, 0, ?, '1485')",
               (custom, candidates_study()[1][0]))
    db.close()
    seen = ""
    for language in ("sv", "en"):
        for extra in ([], ["--json"]):
            args = ["scenarios", path, "--anonymize", "--language", language, *extra]
            rc, out, err = cand_run(*args)
            assert rc == 0, (args, err)
            seen += out
            for word in all_names_and_codes():
                assert word not in out + err, (args, word)
            if language == "sv":
                assert len(err.splitlines()) == 2, err
    assert "Kommun " in seen and "Municipality " in seen
    # The edited section is Swedish: in English only the name is replaced.
    rc, out, err = cand_run("scenarios", path, "--anonymize", "--language", "en", "--json")
    assert rc == 0 and err.splitlines() == [
        "formagekarta-cli: 1 scenario name that names a municipality was replaced to keep the output anonymous."], err
    anon = json.loads(out)
    anon_sv = json.loads(cand_run("scenarios", path, "--anonymize", "--language", "sv", "--json")[1])
    assert anon_sv[2]["sections"][0]["edited"] is True and "leder arbetet" not in anon_sv[2]["text"]
    letters = {chr(ord("A") + i) for i in range(14)}
    assert [s["name"] for s in anon] == SCENARIO_NAMES["en"] + ["Scenario 5"], [s["name"] for s in anon]
    for s in anon:
        assert set(s["municipalities"]) <= letters and set(s["hosts"].values()) <= letters, s
        assert s["municipalities"] == sorted(s["municipalities"]), "not in letter order"
        assert not any(x["stored"] for x in s["sections"])
    letter_of = {code: letter for letter, code in candidates_key(path).items()}
    assert anon[4]["hosts"] == {candidates_study()[1][0]: letter_of["1485"]}, anon[4]["hosts"]
    # Without --anonymize the user's text and name are printed as they are.
    plain = scenarios_json(path)
    assert plain[2]["sections"][0]["text"] == "Trollhättan (1488) leder arbetet."
    assert plain[4]["name"] == "Uddevalla som värd" and plain[4]["hosts"] == {candidates_study()[1][0]: "1485"}


@test("scenarios prints a name with <b>& and the user's text literally")
def _():
    path = scenario_study("scenarios-markup.fkarta")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE scenario SET title = '<b>Vår & deras</b>', title_en = '' WHERE kind = 'network'")
    db.close()
    cand_ok("scenarios", path, "--regenerate")
    edit_section(path, scenarios_json(path)[1]["id"], "summary", "Text med <i>&amp; & tecken</i>")
    text = cand_ok("scenarios", path)
    assert "\n\n<b>Vår & deras</b>\n\n" in text and "\nText med <i>&amp; & tecken</i>\n" in text, text[:600]
    listed = scenarios_json(path)
    assert listed[1]["name"] == "<b>Vår & deras</b>"
    assert listed[1]["sections"][0]["text"] == "Text med <i>&amp; & tecken</i>"
    # No English name given: the Swedish one stands in.
    assert scenarios_json(path, "--language", "en")[1]["name"] == "<b>Vår & deras</b>"


@test("scenarios says when the stored text is about another round; --round chooses the round")
def _():
    path = scenario_study("scenarios-rounds.fkarta")
    cand_ok("scenarios", path, "--regenerate")
    first = scenarios_json(path)
    ok("add-round", path, "--name", "Uppföljning")
    rc, out, err = cand_run("scenarios", path, "--json")
    assert rc == 0 and len(err.splitlines()) == 1 and "Uppföljning" in err and "--regenerate" in err, err
    later = json.loads(out)
    assert [s["round"] for s in later] == ["Uppföljning"] * 4
    assert [s["text"] for s in later] == [s["text"] for s in first]
    assert cand_ok("scenarios", path, "--round", first[0]["round"], "--json") == \
        cand_ok("scenarios", path, "--json", "--round", first[0]["round"])
    assert scenarios_json(path, "--round", first[0]["round"]) == first
    # Nothing scored in the new round: regenerating would store nothing of worth.
    refused(path, ["scenarios", path, "--regenerate"], 1, ["Uppföljning"])


@test("scenarios refuses --regenerate with --anonymize, a bad --language (exit 2), an unknown "
      "round or study and --regenerate on a study it cannot write (exit 1), writing nothing")
def _():
    path = scenario_study("scenarios-refused.fkarta")
    for args, status, words in (
            (["--regenerate", "--anonymize"], 2, ["--regenerate", "--anonymize"]),
            (["--language", "de"], 2, ["--language", "de"]),
            (["--bogus"], 2, ["--bogus"]),
            (["--round", "Ingen sådan"], 1, ["Ingen sådan"]),
            (["--regenerate", "--round", "Ingen sådan"], 1, ["Ingen sådan"])):
        refused(path, ["scenarios", path, *args], status=status, mentions=words)
        refused(path, ["scenarios", path, "--json", *args], status=status, mentions=words)
    refused(None, ["scenarios"], status=2)
    refused(None, ["scenarios", os.path.join(tmp, "no-such.fkarta")], status=1, mentions="no-such.fkarta")
    # Another program holds the write lock: read, yes; regenerate, no.
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    try:
        refused(path, ["scenarios", path, "--regenerate"], 1, ["scenarios-refused.fkarta"])
        assert len(scenarios_json(path)) == 4
    finally:
        db.execute("ROLLBACK")
        db.close()
    assert not any(x["stored"] for s in scenarios_json(path) for x in s["sections"])


# ---- annex ---------------------------------------------------------------

FYRBODAL_NAMES = ("Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal",
                  "Orust", "Sotenäs", "Strömstad", "Tanum", "Trollhättan", "Uddevalla",
                  "Vänersborg", "Åmål")


def pdf_text(path):
    proc = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True)
    return proc.stdout.decode("utf-8")


def pdf_pages(path):
    proc = subprocess.run(["pdfinfo", path], capture_output=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", proc.stdout.decode("utf-8"), re.M).group(1))


@test("annex writes the PDF annex: every municipality, English headings with --language en, "
      "and with --anonymize no municipality name or code anywhere")
def _():
    path = scenario_study("annex.fkarta")
    out = os.path.join(tmp, "annex.pdf")
    assert ok("annex", path, "-o", out) == ""
    assert pdf_pages(out) > 20
    text = pdf_text(out)
    for name in FYRBODAL_NAMES:
        assert name in text, name
    ok("annex", path, "--language", "en", "-o", out)
    text = pdf_text(out)
    for heading in ("Contents", "Method", "Heatmaps", "Municipalities", "Collaboration candidates", "Scenarios"):
        assert re.search(rf"^\s*{heading}\s*$", text, re.M), heading
    anon = os.path.join(tmp, "annex-anon.pdf")
    ok("annex", path, "--anonymize", "--language", "en", "-o", anon)
    text = pdf_text(anon)
    for word in (*FYRBODAL_NAMES, *FYRBODAL):
        assert word not in text, word
    assert "Municipality A" in text


@test("annex refuses bad arguments (exit 2) before opening the study and an unknown round "
      "(exit 1), writing nothing and leaving an existing OUT as it was")
def _():
    path = scenario_study("annex-refused.fkarta")
    out = os.path.join(tmp, "annex-refused.pdf")
    for args, status, words in (
            (["--language", "de", "-o", out], 2, ["--language", "de"]),
            ([], 2, ["-o"]),
            (["--comments", "-o", out], 2, ["--comments"]),
            (["--bogus", "-o", out], 2, ["--bogus"]),
            (["--round", "Ingen sådan", "-o", out], 1, ["Ingen sådan"])):
        refused(path, ["annex", path, *args], status=status, mentions=words)
        assert not os.path.exists(out), args
    refused(None, ["annex", os.path.join(tmp, "no-such.fkarta"), "-o", out], status=1, mentions="no-such.fkarta")
    assert not os.path.exists(out)
    ok("annex", path, "-o", out)
    before = sha256(out)
    refused(path, ["annex", path, "--round", "Ingen sådan", "-o", out], status=1)
    assert sha256(out) == before
    assert [f for f in os.listdir(tmp) if f.startswith(".annex-refused.pdf.")] == []


@test("annex lists the round's imports from the import log (file, who answered), "
      "and anonymised leaves out the file, who answered and when, in letter order")
def _():
    path = os.path.join(tmp, "annex-imports.fkarta")
    ok("new", path, "--language", "en")
    key = info(path)["capabilities"][0]["key"]
    # Åmål's file first, then Dals-Ed's: the log's order is not the names'.
    for code, name, who in (("1492", "amal", "Åsa Åberg"), ("1438", "dalsed", "Anna Andersson")):
        response = os.path.join(tmp, f"annex-{name}.json")
        ok("export-response", path, "--municipality", code, "-o", response)
        with open(response, encoding="utf-8") as f:
            doc = json.load(f)
        doc["respondent"] = who
        doc["scores"] = {key: {"current": 3, "target": 4}}
        with open(response, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        run("import", path, response)
    out = os.path.join(tmp, "annex-imports.pdf")
    ok("annex", path, "-o", out)
    text = re.sub(r"\s+", " ", pdf_text(out))
    assert "2 files were imported into this round" in text, text[:3000]
    assert re.search(r"\d{4}-\d\d-\d\d Åmål 1 0 Åsa Åberg annex-amal\.json "
                     r"\d{4}-\d\d-\d\d Dals-Ed 1 0 Anna Andersson annex-dalsed\.json", text), text[:3000]
    ok("annex", path, "--anonymize", "-o", out)
    text = pdf_text(out)
    for word in ("annex-dalsed", "annex-amal", "Anna Andersson", "Åsa Åberg", "Dals-Ed", "Åmål", "1438", "1492"):
        assert word not in text, word
    flat = re.sub(r"\s+", " ", text)
    # The chapter, not its line in the contents.
    section = flat[flat.rindex("How the scores were collected"):flat.rindex("Completeness per municipality")]
    assert not re.search(r"\d{4}-\d\d-\d\d", section), section
    letters = re.findall(r"Municipality ([A-Z]) 1 0", section)
    assert len(letters) == 2 and letters == sorted(letters), section


@test("annex killed (SIGKILL) while it writes leaves the previous file intact")
def _():
    import signal
    import time
    path = scenario_study("annex-killed.fkarta")
    out_dir = os.path.join(tmp, "annex-killed")
    os.mkdir(out_dir)
    out = os.path.join(out_dir, "annex.pdf")
    ok("annex", path, "-o", out)
    before = sha256(out)
    caught = 0
    for _attempt in range(20):
        proc = subprocess.Popen([CLI, "annex", path, "-o", out],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Wait for the temporary file beside OUT: the PDF is being drawn.
        while proc.poll() is None and not any(f.startswith(".annex.pdf.") for f in os.listdir(out_dir)):
            time.sleep(0.001)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.returncode == -signal.SIGKILL:
            caught += 1
            # Killed: the previous file, byte for byte.
            assert sha256(out) == before
        else:
            # Done before we looked: a whole new annex is the previous one now.
            assert proc.wait() == 0
            before = sha256(out)
        assert pdf_pages(out) > 20
        for f in os.listdir(out_dir):
            if f.startswith(".annex.pdf."):
                os.unlink(os.path.join(out_dir, f))
        if caught >= 3:
            break
    assert caught >= 1, "never caught the annex while it was writing"


if __name__ == "__main__":
    sys.exit(main(tmp))
