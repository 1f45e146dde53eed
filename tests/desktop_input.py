#!/usr/bin/env python3
"""The desktop app driven as a person drives it: xdotool moves the X pointer, clicks and types into a real
dhrv-desktop window under Xvfb. The app only reports (--state-file: its view and where it drew each control);
nothing is injected into it.

usage: xvfb-run -a -s '-screen 0 1280x800x24' tests/desktop_input.py build/native/native/dhrv-desktop
"""
import json
import os
import subprocess
import sys
import tempfile
import time

APP = sys.argv[1]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def xdo(*args, timeout=60):
    # A time limit: "search --sync" waits for a window forever when it never comes.
    return subprocess.run(["xdotool", *map(str, args)], check=True, capture_output=True, text=True,
                          timeout=timeout).stdout.strip()


class Desktop:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="dhrv-desktop-input-")
        self.state_file = os.path.join(self.dir, "state.json")
        # HOME in the scratch folder: the run neither reads nor writes the person's remembered settings.
        # GSETTINGS_BACKEND: the file chooser's settings stay in memory (no session bus under Xvfb).
        env = dict(os.environ, HOME=self.dir, XDG_CONFIG_HOME=self.dir, GSETTINGS_BACKEND="memory")
        self.proc = subprocess.Popen([APP, "--size", "1280x800", "--state-file", self.state_file], env=env)
        self.window = None
        self.wait(lambda s: "search" in s.get("probes", {}), "the window drew its search box", 60)
        self.window = xdo("search", "--sync", "--onlyvisible", "--name", "DHR Viewer").split()[0]
        xdo("windowmove", "--sync", self.window, 0, 0)

    def state(self):
        try:
            with open(self.state_file, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def wait(self, pred, what, timeout=15):
        end = time.time() + timeout
        while time.time() < end:
            s = self.state()
            if s and pred(s):
                return s
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        return None

    def centre(self, name, fx=0.5):
        r = self.state()["probes"][name]
        return int(r[0] + (r[2] - r[0]) * fx), int((r[1] + r[3]) / 2)

    def click(self, name, fx=0.5):
        x, y = self.centre(name, fx)
        xdo("mousemove", "--window", self.window, x, y)
        time.sleep(0.1)
        xdo("click", 1)

    def alive(self):
        return self.proc.poll() is None

    def close(self):
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:  # e.g. waiting in a dialog that a failed step left open
                self.proc.kill()
                self.proc.wait(10)


HERE = os.path.dirname(os.path.abspath(__file__))


def open_with_system_chooser():
    """Open... > Files...: the system's file chooser (GTK's under Xvfb) comes up; the person types a path into it
    (Ctrl+L) and presses Enter; the file is loaded."""
    page = os.path.join(HERE, "fixtures", "national", "wyreham-2020-summary-page.txt")
    d = Desktop()
    try:
        before = d.state()["counts"]["corpus_reviews_with_recommendations"]
        d.click("open")
        s = d.wait(lambda s: "open:files" in s.get("probes", {}), "the Open menu")
        check(s is not None, "Open... shows a menu: Files..., A folder..., Type a path...")
        if s is None:
            return
        d.click("open:files")
        try:
            chooser = xdo("search", "--sync", "--onlyvisible", "--name", "Open review files", timeout=20).split()[0]
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            chooser = None
        check(chooser is not None, "Files... opens the system's file chooser")
        if chooser is None:
            return
        xdo("windowfocus", "--sync", chooser)  # no window manager under Xvfb: focus it as a click would
        time.sleep(0.5)
        xdo("key", "ctrl+l")
        time.sleep(0.3)
        xdo("type", "--delay", "20", page)
        time.sleep(0.3)
        xdo("key", "Return")
        s = d.wait(lambda s: s["counts"]["corpus_reviews_with_recommendations"] > before and not s.get("job"),
                   "the chosen file loaded", 30)
        check(s is not None, "the file chosen there is loaded (a review with recommendations more)")
        check(d.alive(), "the app is still there after the chooser closed")
    finally:
        d.close()


def main():
    open_with_system_chooser()
    d = Desktop()
    try:
        # Click the search box, type capitals with Shift: the query says GP NHS and the app is still there.
        d.click("search", 0.8)
        xdo("type", "--delay", "60", "GP NHS")
        s = d.wait(lambda s: s["query"] == "GP NHS", "query")
        check(s is not None, "click the search box and type 'GP NHS': the query reads GP NHS")
        time.sleep(0.5)
        check(d.alive(), "typing capitals with Shift does not quit the app")

        # Shift+Tab three times: moves around, never quits.
        xdo("key", "--delay", "150", "shift+Tab", "shift+Tab", "shift+Tab")
        time.sleep(0.5)
        check(d.alive(), "Shift+Tab three times does not quit the app")

        # The wheel over the results scrolls them more than a line per notch.
        xdo("key", "Escape")  # clear the search: the sample's recommendations are listed
        d.wait(lambda s: s["query"] == "" and "result:1" in s["probes"], "results")
        before = d.state()["probes"]["result:1"][1]
        x, y = d.centre("result:1")
        xdo("mousemove", "--window", d.window, x, y)
        time.sleep(0.1)
        xdo("click", "--repeat", "3", "--delay", "80", 5)
        s = d.wait(lambda s: "result:1" not in s["probes"] or s["probes"]["result:1"][1] < before - 100, "scrolled")
        check(s is not None, "three wheel notches over the results scroll them")

        # Three lone Shift taps: the app leaves at once.
        xdo("key", "--delay", "250", "Shift_L", "Shift_L", "Shift_L")
        try:
            code = d.proc.wait(10)
        except subprocess.TimeoutExpired:
            code = None
        check(code == 0, "three lone Shift taps quit the app (exit code %s)" % code)
    finally:
        d.close()
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
