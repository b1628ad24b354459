#!/usr/bin/python3
"""End-to-end tests of `formagekarta-cli export --format csv|xlsx` (TAP).

Usage: test-cli-data.py PATH-TO-formagekarta-cli

The data annex (docs/export-data.md): the workbook opens as a zip with
the expected sheets and known values in known cells, numbers are written
with a point under a Swedish numeric locale, "not applicable" and "not
assessed" differ, each measure's colour scale is pinned to the measure's
range; the CSV's separator and BOM; anonymised files name no
municipality; bad command lines write nothing; a killed export never
leaves a broken file where a good one was.
"""

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from cli_util import CLI, Skip, main, ok, run, test  # noqa: E402

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
FYRBODAL = {"1460": "Bengtsfors", "1438": "Dals-Ed", "1439": "Färgelanda", "1484": "Lysekil",
            "1461": "Mellerud", "1430": "Munkedal", "1421": "Orust", "1427": "Sotenäs",
            "1486": "Strömstad", "1435": "Tanum", "1488": "Trollhättan", "1485": "Uddevalla",
            "1487": "Vänersborg", "1492": "Åmål"}
COMMENT = "<b>&amp; rad; med \"citat\", och komma"

tmp = tempfile.mkdtemp(prefix="fk-cli-data-")


def make_study(name, language):
    path = os.path.join(tmp, name)
    if os.path.exists(path):
        return path
    ok("new", path, "--language", language)
    for code, cap, *fields in (
            ("1488", "styrning.digital-strategi", "--current", "3", "--target", "5",
             "--sustain", "difficult", "--key-person", "yes", "--interest", "yes",
             "--comment", COMMENT, "--respondent", "Åsa Öberg"),
            ("1485", "styrning.digital-strategi", "--current", "2", "--target", "4",
             "--sustain", "no", "--interest", "maybe"),
            ("1460", "styrning.digital-strategi", "--current", "na"),
            ("1435", "styrning.prioritering", "--current", "5", "--target", "5", "--sustain", "yes")):
        ok("set", path, "--municipality", code, "--capability", cap, *fields)
    return path


def study_en():
    return make_study("en.fkarta", "en")


def study_sv():
    return make_study("sv.fkarta", "sv")


def export(study, fmt, name, *options, env=None):
    out = os.path.join(tmp, name)
    assert ok("export", study, "--format", fmt, *options, "-o", out, env=env) == ""
    return out


# ---- reading a workbook ---------------------------------------------------------

def shared_strings(z):
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in root.findall("m:si", NS)]


def sheet_names(z):
    root = ET.fromstring(z.read("xl/workbook.xml"))
    return [s.get("name") for s in root.find("m:sheets", NS)]


def sheet_xml(z, index):
    """The XML of the index-th sheet (0-based, in workbook order)."""
    return z.read(f"xl/worksheets/sheet{index + 1}.xml").decode("utf-8")


def cells(z, index):
    """{(row, col): value} of a sheet, 0-based; strings resolved, numbers as their text."""
    strings = shared_strings(z)
    root = ET.fromstring(sheet_xml(z, index))
    out = {}
    for c in root.iter(f"{{{NS['m']}}}c"):
        ref = c.get("r")
        letters, digits = re.fullmatch(r"([A-Z]+)(\d+)", ref).groups()
        col = 0
        for ch in letters:
            col = col * 26 + ord(ch) - 64
        v = c.find("m:v", NS)
        if c.get("t") == "s":
            out[(int(digits) - 1, col - 1)] = strings[int(v.text)]
        elif c.get("t") == "inlineStr":
            out[(int(digits) - 1, col - 1)] = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
        elif v is not None:
            out[(int(digits) - 1, col - 1)] = v.text
    return out


def find(grid, value, row=None):
    hits = [k for k, v in grid.items() if v == value and (row is None or k[0] == row)]
    assert hits, f"{value!r} not found"
    return hits[0]


def matrix_cell(grid, capability_name, municipality_header):
    row = find(grid, capability_name)[0]
    col = find(grid, municipality_header, row=3)[1]
    return grid.get((row, col))


# ---- the tests ---------------------------------------------------------------------

@test("xlsx: a zip with every sheet, names Excel accepts, the model and the scenarios")
def _():
    out = export(study_en(), "xlsx", "annex.xlsx")
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        names = sheet_names(z)
        assert names[:7] == ["Scores", "Current level", "Target level", "Gap to target",
                             "Sustainability risk", "Interest in collaborating",
                             "Deviation from median"], names
        assert names[7:] == ["Collaboration candidates", "Scenarios", "Scale", "Model"], names
        for name in names:
            assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name
        model = cells(z, 10)
        assert find(model, "styrning.digital-strategi")[1] == 2
        scenarios = cells(z, 8)
        assert {v for (r, c), v in scenarios.items() if c == 0 and r > 0} >= {
            "Baseline: each municipality alone", "Network and exchange of experience"} or \
            len({v for (r, c), v in scenarios.items() if c == 0 and r > 0}) == 4, scenarios
        # Column widths set and the header frozen on every sheet.
        for i in range(len(names)):
            xml = sheet_xml(z, i)
            assert 'state="frozen"' in xml and "<cols>" in xml, names[i]
        assert '<autoFilter ref="A1:Q603"/>' in sheet_xml(z, 0), sheet_xml(z, 0)[:2000]


@test("xlsx: known values in known cells, Swedish letters intact, comments literal")
def _():
    out = export(study_en(), "xlsx", "values.xlsx")
    with zipfile.ZipFile(out) as z:
        scores = cells(z, 0)
        header = {v: c for (r, c), v in scores.items() if r == 0}
        row = [r for (r, c), v in scores.items()
               if c == header["Code"] and v == "1488"
               and scores.get((r, header["Capability key"])) == "styrning.digital-strategi"][0]
        assert scores[(row, header["Current level"])] == "3"
        assert scores[(row, header["Target level"])] == "5"
        assert scores[(row, header["Gap to target"])] == "2"
        assert scores[(row, header["Sustainability risk"])] == "2"
        assert scores[(row, header["Comment"])] == COMMENT
        assert scores[(row, header["Answered by"])] == "Åsa Öberg"
        assert scores[(row, header["Municipality"])] == "Trollhättan"
        current = cells(z, 1)
        assert matrix_cell(current, "Digitalisation strategy", "Trollhättan") == "3"
        assert matrix_cell(current, "Digitalisation strategy", "Uddevalla") == "2"
        assert "Färgelanda" in {v for (r, c), v in current.items() if r == 3}
        mean_col = find(current, "Mean", row=3)[1]
        assert current[(find(current, "Digitalisation strategy")[0], mean_col)] == "2.5"


@test("xlsx: not applicable is a mark, not assessed an empty cell, neither is 0")
def _():
    out = export(study_en(), "xlsx", "marks.xlsx")
    with zipfile.ZipFile(out) as z:
        current = cells(z, 1)
        assert matrix_cell(current, "Digitalisation strategy", "Bengtsfors") == "N/A"
        assert matrix_cell(current, "Digitalisation strategy", "Dals-Ed") is None
        scores = cells(z, 0)
        header = {v: c for (r, c), v in scores.items() if r == 0}
        rows = {scores[(r, header["Code"])]: r for (r, c), v in scores.items()
                if c == header["Capability key"] and v == "styrning.digital-strategi"}
        assert scores[(rows["1460"], header["Current level"])] == "N/A"
        assert (rows["1438"], header["Current level"]) not in scores
        # The legend names both.
        assert "Not assessed" in current.values() and "Not applicable" in current.values()


@test("xlsx: each measure's colour scale is pinned to its own range, not the sheet's")
def _():
    out = export(study_en(), "xlsx", "scales.xlsx")
    expected = {1: ("0", "2.5", "5"), 2: ("0", "2.5", "5"), 3: ("-5", "0", "5"),
                4: ("0", "1.5", "3"), 5: ("0", "1", "2"), 6: ("-5", "0", "5")}
    with zipfile.ZipFile(out) as z:
        for sheet, values in expected.items():
            xml = sheet_xml(z, sheet)
            scale = re.search(r'<cfRule type="colorScale".*?</cfRule>', xml).group(0)
            assert re.findall(r'<cfvo type="num" val="([^"]+)"/>', scale) == list(values), (sheet, scale)
            # viridis: dark purple at the bottom, yellow at the top
            colours = re.findall(r'<color rgb="([0-9A-F]+)"/>', scale)
            assert len(colours) == 3, scale
        assert re.findall(r'<color rgb="([0-9A-F]+)"/>', sheet_xml(z, 1))[0] == "FF440154"


@test("xlsx: numbers with a point under a Swedish numeric locale")
def _():
    loc = os.path.join(tmp, "locales")
    os.makedirs(loc, exist_ok=True)
    if shutil.which("localedef") is None:
        raise Skip("localedef is not installed: no Swedish locale can be made")
    made = subprocess.run(["localedef", "-i", "sv_SE", "-f", "UTF-8", os.path.join(loc, "sv_SE.UTF-8")],
                          capture_output=True)
    if not os.path.isdir(os.path.join(loc, "sv_SE.UTF-8")):
        raise Skip(f"localedef could not make sv_SE.UTF-8: {made.stderr.decode()[:200]}")
    env = dict(os.environ, LOCPATH=loc, LC_ALL="sv_SE.UTF-8")
    # The locale really writes a decimal comma, so this test can fail.
    probe = subprocess.run(["printf", "%.1f", "2.5"], capture_output=True, env=env)
    assert probe.stdout == b"2,5", probe.stdout
    out = export(study_en(), "xlsx", "locale.xlsx", env=env)
    with zipfile.ZipFile(out) as z:
        current = cells(z, 1)
        mean_col = find(current, "Mean", row=3)[1]
        assert current[(find(current, "Digitalisation strategy")[0], mean_col)] == "2.5"
        for i in range(len(sheet_names(z))):
            xml = sheet_xml(z, i)
            assert not re.search(r"<v>-?\d+,\d+</v>", xml), i
            assert not re.search(r'val="-?\d+,\d+"', xml), i
            assert not re.search(r"<formula>-?\d+,\d+</formula>", xml), i


@test("csv: one row per municipality and capability, stable keys, BOM, separator by language")
def _():
    for study, separator in ((study_sv(), ";"), (study_en(), ",")):
        out = export(study, "csv", f"scores-{separator == ';'}.csv")
        data = open(out, "rb").read()
        assert data.startswith(b"\xef\xbb\xbf"), data[:10]
        text = data[3:].decode("utf-8")
        assert text.splitlines()[0].split(separator)[:3] == ["round", "municipality_code", "municipality"]
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=separator))
        assert len(rows) == 14 * 43, len(rows)
        by = {(r["municipality_code"], r["capability_key"]): r for r in rows}
        r = by[("1488", "styrning.digital-strategi")]
        assert (r["current"], r["target"], r["gap"], r["sustain"], r["key_person"], r["risk"], r["interest"]) == \
            ("3", "5", "2", "difficult", "yes", "2", "yes"), r
        assert r["comment"] == COMMENT and r["respondent"] == "Åsa Öberg"
        assert by[("1460", "styrning.digital-strategi")]["current"] == "na"
        assert by[("1438", "styrning.digital-strategi")]["current"] == ""
        assert "\r\n" in text
    out = export(study_sv(), "csv", "comma.csv", "--separator", ",")
    assert open(out, "rb").read()[3:].decode().startswith("round,municipality_code,")
    out = export(study_en(), "csv", "semicolon.csv", "--separator", ";", "--language", "sv")
    text = open(out, "rb").read()[3:].decode()
    assert text.startswith("round;municipality_code;")
    assert "Styrning och organisation" in text


@test("anonymised csv and xlsx name no municipality and hold no comment")
def _():
    key = os.path.join(tmp, "key.csv")
    for fmt in ("csv", "xlsx"):
        out = export(study_sv(), fmt, f"anon.{fmt}", "--anonymize", *(["--key-output", key] if fmt == "xlsx" else []))
        if fmt == "csv":
            blobs = [open(out, "rb").read().decode("utf-8")]
        else:
            with zipfile.ZipFile(out) as z:
                blobs = [z.read(n).decode("utf-8") for n in z.namelist()]
        for blob in blobs:
            for code, name in FYRBODAL.items():
                assert code not in blob, (fmt, code)
                assert name not in blob, (fmt, name)
            assert "&lt;b&gt;" not in blob and "<b>&" not in blob and "Öberg" not in blob
        assert any("Kommun " in blob or "Municipality " in blob for blob in blobs), fmt
        # No time an answer was given: sorted by it, the letters would give
        # back the order in which the real names were entered.
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(blobs[0].lstrip("\ufeff")), delimiter=";"))
            assert rows and "updated" in rows[0], rows[:1]
            assert all(row["updated"] == "" for row in rows), [r["updated"] for r in rows if r["updated"]][:3]
        else:
            with zipfile.ZipFile(out) as z:
                scores = cells(z, 0)
            assert "Uppdaterad (UTC)" not in scores.values()
            assert max(c for (r, c) in scores) == 13, max(c for (r, c) in scores)
            assert not any(re.search(r"\d{4}-\d\d-\d\dT", v or "") for v in scores.values())
    assert "1488" in open(key, encoding="utf-8").read()


@test("anonymised export of a study that cannot be written and has no letters yet: a clear refusal, nothing written")
def _():
    if os.geteuid() == 0:
        raise Skip("running as root: a file's mode does not stop root writing it "
                   "(tests/core/test-anonymize.c checks the message with a study opened read-only)")
    study = os.path.join(tmp, "read-only.fkarta")
    ok("new", study, "--language", "en")
    os.chmod(study, 0o444)
    out = os.path.join(tmp, "read-only.csv")
    try:
        rc, stdout, err = run("export", study, "--format", "csv", "--anonymize", "-o", out)
    finally:
        os.chmod(study, 0o644)
    assert rc == 1, (rc, err)
    assert err.count("\n") == 1, err
    assert "anonymise a copy of it" in err and "letters are not chosen yet" in err, err
    assert not os.path.exists(out)


@test("bad command lines: exit 2, one line, nothing written; an unknown round: exit 1")
def _():
    study = study_en()
    out = os.path.join(tmp, "refused.out")
    base = ["export", study, "-o", out]
    for args, status, word in (
            (base + ["--format", "xlsx", "--separator", ","], 2, "--separator"),
            (base + ["--format", "csv", "--separator", "tab"], 2, "--separator"),
            (base + ["--format", "csv", "--separator", "|"], 2, "--separator"),
            (base + ["--format", "png", "--view", "heatmap", "--separator", ";"], 2, "--separator"),
            (base + ["--format", "csv", "--view", "heatmap"], 2, "--view"),
            (base + ["--format", "xlsx", "--measure", "gap"], 2, "--measure"),
            (base + ["--format", "xlsx", "--limit", "3"], 2, "--limit"),
            (base + ["--format", "csv", "--palette", "cividis"], 2, "--palette"),
            (base + ["--format", "xlsx", "--palette", "jet"], 2, "--palette"),
            (base + ["--format", "csv", "--language", "de"], 2, "--language"),
            (base + ["--format", "csv", "--key-output", "k.csv"], 2, "--key-output"),
            (["export", study, "--format", "csv"], 2, "-o"),
            (base + ["--format", "csv", "--round", "Ingen sådan"], 1, "Ingen sådan"),
            (["export", os.path.join(tmp, "no-such.fkarta"), "--format", "csv", "-o", out], 1, "no-such.fkarta")):
        before = open(study, "rb").read()
        rc, stdout, err = run(*args)
        assert rc == status, (args, rc, err)
        assert stdout == "" and len(err.splitlines()) == 1 and err.startswith("formagekarta-cli: "), (args, err)
        assert word in err, (args, err)
        assert not os.path.exists(out), args
        assert open(study, "rb").read() == before, args
    assert not [n for n in os.listdir(tmp) if n.startswith(".refused")]


def kill_while_exporting(fmt, delays, check_whole):
    """Kills `export --format FMT` after each delay: the previous file stays, or a whole new one
    (check_whole(path) reads it) is in its place. Returns how many of each were seen."""
    out = os.path.join(tmp, f"killed.{fmt}")
    with open(out, "wb") as f:
        f.write(b"the previous export")
    seen_old = seen_new = 0
    for delay in delays:
        proc = subprocess.Popen([CLI, "export", study_en(), "--format", fmt, "-o", out],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with open(out, "rb") as f:
            data = f.read()
        if data == b"the previous export":
            seen_old += 1
        else:
            check_whole(out)
            seen_new += 1
        for name in os.listdir(tmp):
            if name.startswith(f".killed.{fmt}."):
                os.unlink(os.path.join(tmp, name))   # a killed process cannot clean up
    return seen_old, seen_new


def whole_workbook(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        assert len(sheet_names(z)) == 11


@test("an export killed at any moment leaves the previous file or a whole new one")
def _():
    seen_old, seen_new = kill_while_exporting("xlsx", (0.0, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3),
                                              whole_workbook)
    assert seen_old + seen_new == 10


# ---- the report text (--format odt) -----------------------------------------------

ODF = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"}
SECTIONS_EN = ["What the scenario means", "Capabilities and why", "Participants and hosts",
               "Benefits, effect goals and principles", "Costs and risks", "What it requires", "Next step"]
LITERAL_NAME = "<b>& Nollalternativ  med  \"citat\""


def odf(tag):
    prefix, name = tag.split(":")
    return f"{{{ODF[prefix]}}}{name}"


def plain_text(element):
    """The text of a text:p or text:h as a reader sees it (text:s as spaces, line breaks as newlines)."""
    out = [element.text or ""]
    for child in element:
        if child.tag == odf("text:s"):
            out.append(" " * int(child.get(odf("text:c"), "1")))
        elif child.tag == odf("text:line-break"):
            out.append("\n")
        elif child.tag == odf("text:tab"):
            out.append("\t")
        else:
            out.append(plain_text(child))
        out.append(child.tail or "")
    return "".join(out)


def headings(root):
    return [(int(h.get(odf("text:outline-level"))), plain_text(h)) for h in root.iter(odf("text:h"))]


def study_with_literal_name():
    """The English study with its first scenario named with markup, as a user might."""
    import sqlite3
    path = os.path.join(tmp, "literal.fkarta")
    if not os.path.exists(path):
        shutil.copy(study_en(), path)
        db = sqlite3.connect(path)
        db.execute("UPDATE scenario SET title = ?1, title_en = ?1 WHERE id = (SELECT min(id) FROM scenario)",
                   (LITERAL_NAME,))
        db.commit()
        db.close()
    return path


def read_odt(path):
    """{entry: bytes}, after checking the package rules; the first entry is mimetype."""
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        infos = z.infolist()
        first = infos[0]
        assert first.filename == "mimetype", [i.filename for i in infos]
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        entries = {i.filename: z.read(i.filename) for i in infos}
    assert entries["mimetype"] == b"application/vnd.oasis.opendocument.text"
    with open(path, "rb") as f:
        head = f.read(30 + 8 + 39)
    assert head[30:] == b"mimetypeapplication/vnd.oasis.opendocument.text", head
    manifest = ET.fromstring(entries["META-INF/manifest.xml"])
    listed = {e.get(odf("manifest:full-path")) for e in manifest.iter(odf("manifest:file-entry"))}
    assert listed == (set(entries) - {"mimetype", "META-INF/manifest.xml"}) | {"/"}, listed
    for name in ("content.xml", "styles.xml", "meta.xml"):
        root = ET.fromstring(entries[name])   # well-formed, every prefix declared
        assert root.get(odf("office:version")) == "1.3", name
        assert b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' in entries[name]
    return entries


@test("odt: an OpenDocument package whose first entry is its stored mimetype; every part parses")
def _():
    out = export(study_en(), "odt", "report.odt")
    entries = read_odt(out)
    assert set(entries) >= {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}
    meta = ET.fromstring(entries["meta.xml"])
    assert "Förmågekarta" in "".join(meta.itertext())
    assert b"<dc:language>en-GB</dc:language>" in entries["meta.xml"]
    for level in (1, 2, 3):
        assert f'style:name="Heading_20_{level}" style:display-name="Heading {level}"'.encode() in entries["styles.xml"]


@test("odt: every scenario and every section under headings of their levels; the candidates as a table")
def _():
    study = study_en()
    out = export(study, "odt", "report-content.odt", "--language", "en")
    root = ET.fromstring(read_odt(out)["content.xml"])
    found = headings(root)
    assert (1, "Method") in found and (1, "Collaboration candidates") in found and (1, "Scenarios") in found, found
    scenarios = json.loads(ok("scenarios", study, "--json", "--language", "en"))
    assert len(scenarios) == 4
    at = found.index((1, "Scenarios"))
    for scenario in scenarios:
        assert (2, scenario["name"]) in found[at:], (scenario["name"], found[at:])
    level3 = [text for level, text in found[at:] if level == 3]
    for section in SECTIONS_EN:
        assert section in level3, section
    # The contents: outline levels 1–2, listing the chapters.
    toc = root.find(f".//{odf('text:table-of-content')}")
    assert toc is not None
    assert toc.find(odf("text:table-of-content-source")).get(odf("text:outline-level")) == "2"
    assert "Collaboration candidates" in [plain_text(p) for p in toc.iter(odf("text:p"))]
    # The candidates: a header row, then one row per ranked candidate.
    candidates = json.loads(ok("candidates", study, "--json", "--language", "en"))
    tables = [t for t in root.iter(odf("table:table"))
              if t.find(odf("table:table-header-rows")) is not None
              and [plain_text(p) for p in t.find(odf("table:table-header-rows")).iter(odf("text:p"))][:2]
              == ["Rank", "Capability"]]
    assert len(tables) == 1
    table = tables[0]
    rows = table.findall(odf("table:table-row"))
    assert len(table.find(odf("table:table-header-rows")).findall(odf("table:table-row"))) == 1
    assert len(rows) == len(candidates) > 0
    first = [plain_text(c.find(odf("text:p"))) for c in rows[0].findall(odf("table:table-cell"))]
    assert re.fullmatch(r"1( \(uncertain\))?", first[0]) and first[1] == candidates[0]["name"], first
    assert first[4].startswith(candidates[0]["reason"]), first[4]
    known = [r for r in rows if "Trollhättan" in plain_text(r.findall(odf("table:table-cell"))[5].find(odf("text:p")))]
    assert known, "Trollhättan takes part in some candidate"


@test("odt: markup in a name is printed literally")
def _():
    out = export(study_with_literal_name(), "odt", "literal.odt")
    content = read_odt(out)["content.xml"]
    assert b"&lt;b&gt;&amp; Nollalternativ" in content
    assert (2, LITERAL_NAME) in headings(ET.fromstring(content))


@test("odt: anonymised, no municipality's name or code in any entry")
def _():
    for study in (study_en(), study_sv()):
        out = export(study, "odt", "anonymous.odt", "--anonymize")
        for name, data in read_odt(out).items():
            text = data.decode("utf-8", "replace")
            for code, municipality in FYRBODAL.items():
                assert municipality not in text, (study, name, municipality)
                assert not re.search(rf"(?<!\d){code}(?!\d)", text), (study, name, code)
        content = read_odt(out)["content.xml"].decode("utf-8")
        assert re.search(r"(Municipality|Kommun) [A-Z]\b", content), "letters in their place"


@test("odt: --language en writes English headings in a Swedish study, and sv Swedish ones")
def _():
    study = study_sv()
    english = headings(ET.fromstring(read_odt(export(study, "odt", "en.odt", "--language", "en"))["content.xml"]))
    assert [text for level, text in english if level == 1] == ["Method", "Collaboration candidates", "Scenarios"], english
    assert "Next step" in [text for level, text in english if level == 3]
    catalog = os.path.join(os.environ.get("FK_BUILD_ROOT", ""), "po")
    if not os.path.isdir(os.path.join(catalog, "sv")):
        raise Skip("no Swedish catalog in the build")
    env = dict(os.environ, FK_LOCALEDIR=catalog)
    swedish = headings(ET.fromstring(read_odt(export(study, "odt", "sv.odt", env=env))["content.xml"]))
    assert "Samverkanskandidater" in [text for level, text in swedish if level == 1], swedish
    assert "Scenarier" in [text for level, text in swedish if level == 1], swedish
    assert "Scenarios" not in [text for level, text in swedish]


@test("odt: options of other formats are refused before anything is written")
def _():
    study = study_en()
    out = os.path.join(tmp, "refused.odt")
    for args, word in ((["--separator", ";"], "--separator"), (["--palette", "cividis"], "--palette"),
                       (["--view", "heatmap"], "--view")):
        rc, stdout, err = run("export", study, "--format", "odt", *args, "-o", out)
        assert rc != 0 and word in err, (args, rc, err)
        assert not os.path.exists(out), args


@test("odt: an export killed at any moment leaves the previous file or a whole new one")
def _():
    seen_old, seen_new = kill_while_exporting("odt", (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2, 0.3),
                                              read_odt)
    assert seen_old + seen_new == 10


if __name__ == "__main__":
    sys.exit(main(tmp))
