#!/usr/bin/env python3
"""bench/pdf_bench.py: the PDF text layer against pdftotext (poppler-utils), mutool (mupdf-tools) and pdf.js
(npm pdfjs-dist, text content API), on the same files in one run.

Fidelity: word-level F1 of our text against pdftotext's and mutool's (words compared as multisets after NFKC,
so word order does not count; our [header]/[footer] marks and table cell bars are taken out first), per corpus,
over the files where both give text. Speed: pages per second and peak memory, natively and in wasm (node), each
tool in its own process per file (pdftotext and mutool) or in one process for all files (our tool, pdf.js),
with the time to start a process measured on a one-page file and reported beside it.

  bench/pdf_bench.py [--sample N] [--out DIR]    (DIR defaults to bench/results)

Corpora: the shared reports (../shared/reports), and every Nth test PDF of Debian's qpdf, pdf.js, pypdf and
pdfminer source packages (default N = 4)."""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
CACHE = os.environ.get("DHRV_CACHE", os.path.expanduser("~/.cache/dhrv"))
NATIVE = os.path.join(ROOT, "build/native/bench/pdf_text_tool")
WASM = os.path.join(ROOT, "build/web/bench/pdf_text_tool.js")
PDFJS = os.path.join(ROOT, "bench/js/pdfjs_text.js")


def words(text):
    text = unicodedata.normalize("NFKC", text).replace("\f", "\n")  # a page's first line follows its form feed
    text = re.sub(r"^\[(header|footer)\] ?", "", text, flags=re.M).replace(" | ", " ")
    return collections.Counter(text.split())


def f1(ours, ref):
    common = sum((ours & ref).values())
    if not common:
        return 0.0
    p, r = common / sum(ours.values()), common / sum(ref.values())
    return 2 * p * r / (p + r)


def run_text(cmd, timeout=60):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
        return p.stdout.decode("utf-8", "replace") if p.returncode == 0 else None
    except subprocess.TimeoutExpired:
        return None


def timed(cmd, timeout=120):
    """Wall seconds and peak KB of one process."""
    start = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None
    wall = time.perf_counter() - start
    kb = p.stderr.decode().strip().splitlines()[-1:] or ["0"]
    try:
        return wall, int(kb[0])
    except ValueError:
        return wall, 0


def pages_of(path):
    out = run_text(["pdfinfo", path]) or ""
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def corpus(sample):
    files = [("reports", p) for p in sorted(glob.glob(os.path.join(ROOT, "..", "shared", "reports", "*.pdf")))]
    for name, pattern in (("qpdf", "qpdf-*"), ("pdf.js", "pdf.js-*"), ("pypdf", "pypdf-*"), ("pdfminer", "pdfminer-*")):
        found = sorted(p for d in glob.glob(os.path.join(CACHE, "src", pattern)) for p in
                       glob.glob(os.path.join(d, "**", "*.pdf"), recursive=True))
        files += [(name, p) for p in found[::sample]]
    return files


def in_process(cmd, files):
    """One process for all files: per-file lines of {file, pages, ms}."""
    out = subprocess.run(cmd + [f for _, f in files], capture_output=True, text=True,
                         env=dict(os.environ, NODE_PATH=os.path.join(ROOT, "web/node_modules")))
    rows = {}
    for line in out.stdout.splitlines():
        try:
            r = json.loads(line)
            rows[r["file"]] = r
        except (ValueError, KeyError):
            pass
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=4)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/results"))
    args = ap.parse_args()
    files = corpus(args.sample)
    # Fidelity.
    fid = collections.defaultdict(lambda: {"files": 0, "both_pdftotext": 0, "f1_pdftotext": 0.0, "both_mutool": 0, "f1_mutool": 0.0})
    for name, path in files:
        ours = run_text([NATIVE, path])
        if ours is None:
            continue
        ow = words(ours)
        row = fid[name]
        row["files"] += 1
        ref = run_text(["pdftotext", "-enc", "UTF-8", path, "-"])
        if ow and ref and words(ref):
            row["both_pdftotext"] += 1
            row["f1_pdftotext"] += f1(ow, words(ref))
        mu = run_text(["mutool", "draw", "-q", "-F", "txt", "-o", "-", path])
        if ow and mu and words(mu):
            row["both_mutool"] += 1
            row["f1_mutool"] += f1(ow, words(mu))
    fidelity = {}
    for name, r in fid.items():
        fidelity[name] = {"files": r["files"],
                          "f1_pdftotext": r["f1_pdftotext"] / r["both_pdftotext"] if r["both_pdftotext"] else None,
                          "files_pdftotext": r["both_pdftotext"],
                          "f1_mutool": r["f1_mutool"] / r["both_mutool"] if r["both_mutool"] else None,
                          "files_mutool": r["both_mutool"]}
    # Speed: files every tool reads.
    total_pages = {f: pages_of(f) for _, f in files}
    speed_files = [(n, f) for n, f in files if total_pages[f] > 0]
    pages = sum(total_pages[f] for _, f in speed_files)
    # A one-page file with a word on it: what starting a tool costs, measured apart.
    tiny = os.path.join(args.out, ".one-page.pdf")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            "<< /Length 35 >>\nstream\nBT /F1 12 Tf 72 700 Td (word) Tj ET\nendstream"]
    body, offsets = "%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offsets.append(len(body))
        body += "%d 0 obj\n%s\nendobj\n" % (i + 1, o)
    xref = len(body)
    body += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offsets)
    body += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    os.makedirs(args.out, exist_ok=True)
    with open(tiny, "w") as f:
        f.write(body)
    speeds = {}
    for label, cmd in (("dhrv native", [NATIVE, "--time"]), ("dhrv wasm (node)", ["node", "--no-experimental-fetch", "--stack-size=4000", WASM, "--time"]),
                       ("pdf.js (node)", ["node", PDFJS])):
        start = time.perf_counter()
        rows = in_process(cmd, speed_files)
        wall = time.perf_counter() - start
        ms = sum(r.get("ms", 0) for r in rows.values())
        peak = max((r.get("peak_mib", 0) for r in rows.values()), default=0)
        speeds[label] = {"pages_per_s": pages / (ms / 1000) if ms else 0, "reader_ms": ms, "wall_s": wall, "peak_mib": peak}
    for label, make in (("pdftotext", lambda f: ["pdftotext", "-enc", "UTF-8", f, "/dev/null"]),
                        ("mutool draw -F txt", lambda f: ["mutool", "draw", "-q", "-F", "txt", "-o", "/dev/null", f])):
        startup = min(timed(make(tiny))[0] or 0 for _ in range(5))
        total, peak = 0.0, 0
        for _, f in speed_files:
            wall, kb = timed(make(f))
            if wall is not None:
                total += wall
                peak = max(peak, kb or 0)
        speeds[label] = {"pages_per_s": pages / total if total else 0, "wall_s": total, "peak_mib": peak / 1024,
                         "process_start_ms": startup * 1000 if startup else None,
                         "pages_per_s_without_start": pages / max(1e-9, total - startup * len(speed_files)) if startup else None}
    result = {"pdf": True, "files": len(files), "speed_files": len(speed_files), "pages": pages, "sample": args.sample,
              "fidelity": fidelity, "speed": speeds}
    os.makedirs(args.out, exist_ok=True)
    os.remove(tiny)
    with open(os.path.join(args.out, "pdf.json"), "w") as f:
        json.dump(result, f, indent=1)
    lines = ["# PDF text layer: fidelity and speed", "",
             "From `bench/pdf_bench.py --sample %d` (%d files: the shared reports and every %dth test PDF of Debian's qpdf, "
             "pdf.js, pypdf and pdfminer source packages)." % (args.sample, len(files), args.sample), "",
             "## Fidelity: word-level F1 of our text against each reference (files where both give text)", "",
             "| corpus | files | F1 vs pdftotext | files | F1 vs mutool | files |", "| --- | --- | --- | --- | --- | --- |"]
    for name, r in fidelity.items():
        fmt = lambda v: "%.3f" % v if v is not None else "-"
        lines.append("| %s | %d | %s | %d | %s | %d |" % (name, r["files"], fmt(r["f1_pdftotext"]), r["files_pdftotext"],
                                                       fmt(r["f1_mutool"]), r["files_mutool"]))
    lines += ["", "## Speed: %d pages in %d files" % (pages, len(speed_files)), "",
              "| reader | pages/s | peak memory (MiB) | notes |", "| --- | --- | --- | --- |"]
    for label, s in speeds.items():
        note = ""
        if s.get("process_start_ms"):
            note = "one process per file (start %.1f ms each; %.0f pages/s without it)" % (s["process_start_ms"], s["pages_per_s_without_start"] or 0)
        else:
            note = "one process for all files; time inside the reader"
        lines.append("| %s | %.0f | %.0f | %s |" % (label, s["pages_per_s"], s["peak_mib"], note))
    with open(os.path.join(args.out, "pdf.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
