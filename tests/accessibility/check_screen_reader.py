#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""What a screen reader gets from Deelwijzer, read from the real AT-SPI tree.

Starts the app on a private X server and accessibility bus, walks a whole advice with the
keyboard alone (first answer of every question, one step back with Alt+Left at question 4)
and fails when
  * a question page does not announce its question first, as Orca decides it: Orca says
    nothing when the focus stays on the same object, and names only the groups the focus
    enters. So on every question (the second and later ones too, and after going back) the
    focus must land on another object than on the page before, inside a group named by the
    question on screen (the page's heading says the same words) that the old focus was not in,
  * the advice page does not announce the verdict first ("Advies: ..." / "Advice: ..."),
  * anything else announces focus on a page change (Qt used to report a route-list item),
  * a focusable control has no name,
  * a text is cut short (Qt labels offer only their name: the old code cut names at 200 or
    400 characters; the advice page must offer at least one text longer than 200),
  * glossary links are not link objects: every link in rule text must be a child of its label
    with the role "link", a name (its words) and a description (what the term means), and the
    walk must meet at least one.

Usage: tests/accessibility/check_screen_reader.py BUILD/app/gui/deelwijzer [nl|en]
Needs: Xvfb, dbus-daemon, at-spi2-core, python3-pyatspi, gir1.2-atspi-2.0, xdotool.
Exit code 0 = passed, 1 = failed, 77 = a tool is missing (CTest: skipped).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

TOOLS = ["Xvfb", "dbus-daemon", "xdotool"]
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CUT_LENGTHS = (200, 400)


def missing_tools():
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if not os.path.exists(LAUNCHER):
        missing.append(LAUNCHER)
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        missing.append("python3-pyatspi")
    return missing


class Session:
    """A private X display, session bus and accessibility bus, and the app on them."""

    def __init__(self, app, language):
        self.tmp = tempfile.mkdtemp(prefix="deelwijzer-a11y-")
        self.procs = []
        display = ":%d" % (150 + os.getpid() % 700)
        env = dict(os.environ)
        env.update({
            "DISPLAY": display,
            "XDG_RUNTIME_DIR": self.tmp,
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=%s/bus" % self.tmp,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_QPA_PLATFORM": "xcb",
            "NO_AT_BRIDGE": "0",
        })
        os.environ.update(env)
        self.spawn(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        self.spawn(["dbus-daemon", "--session", "--address=" + env["DBUS_SESSION_BUS_ADDRESS"], "--nofork",
                    "--nopidfile"])
        time.sleep(1.0)
        self.spawn([LAUNCHER, "--launch-immediately"])
        time.sleep(1.0)
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:IsEnabled",
                        "variant:boolean:true"], check=False, stdout=subprocess.DEVNULL)
        self.app = self.spawn([app, "--new", "--lang", language, "--size", "1280x760",
                               "--settings", os.path.join(self.tmp, "settings.ini")])
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid),
                                 "--name", "Deelwijzer"], capture_output=True, text=True, timeout=60).stdout.split()
        if not window:
            raise RuntimeError("the Deelwijzer window did not appear")
        self.window = window[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], check=False, timeout=20)

    def spawn(self, argv):
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(proc)
        return proc

    def key(self, name):
        # Through XTEST to the focused window (not --window, whose sent events can lose the
        # Left of Alt+Left, so Qt opens the menu bar instead of going back).
        subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "100", name], check=False, timeout=20)

    def close(self):
        for proc in reversed(self.procs):
            proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Reader:
    """Listens to focus events as a screen reader does."""

    def __init__(self, pid):
        import pyatspi
        from gi.repository import GLib
        self.pyatspi = pyatspi
        self.glib = GLib
        self.pid = pid
        self.events = []
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:focused")

    def on_event(self, event):
        if event.detail1 != 1:
            return
        try:
            if event.source.get_process_id() != self.pid:
                return
        except Exception:
            return
        self.events.append(event.source)

    def pump(self, seconds):
        end = time.time() + seconds
        context = self.glib.MainContext.default()
        while time.time() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)

    def take(self, seconds=1.2):
        self.pump(seconds)
        events, self.events = self.events, []
        return events

    def application(self):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app and app.get_process_id() == self.pid:
                    return app
            except Exception:
                continue
        return None


def describe(obj):
    try:
        return "%s %r" % (obj.getRoleName(), obj.name)
    except Exception:
        return "(gone)"


def ancestors(obj):
    chain = []
    while obj is not None:
        chain.append(obj)
        try:
            obj = obj.parent
        except Exception:
            break
    return chain


def walk(obj, pyatspi, depth=0):
    if obj is None or depth > 60:
        return
    try:
        states = obj.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
    except Exception:
        return
    yield obj
    for i in range(obj.childCount):
        yield from walk(obj.getChildAtIndex(i), pyatspi, depth + 1)


class Check:
    def __init__(self):
        self.failures = []

    def fail(self, message):
        self.failures.append(message)
        print("FAIL:", message)


LINKS_SEEN = []


def check_controls(app, pyatspi, check, page):
    labels = []
    for obj in walk(app, pyatspi):
        if obj.getRole() == pyatspi.ROLE_LINK:
            LINKS_SEEN.append(obj.name)
            if not (obj.name or "").strip() or not (obj.description or "").strip():
                check.fail("%s: a link without name or description (%s)" % (page, describe(obj)))
            elif obj.parent is None or obj.parent.getRole() not in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC):
                check.fail("%s: the link %r is not inside its text" % (page, obj.name))
        role = obj.getRole()
        states = obj.getState()
        name = obj.name or ""
        if states.contains(pyatspi.STATE_FOCUSABLE) and role not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_SCROLL_PANE,
                                                                      pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL,
                                                                      pyatspi.ROLE_TABLE_CELL) \
                and not name.strip():
            check.fail("%s: a focusable %s has no name" % (page, obj.getRoleName()))
        if len(name) in CUT_LENGTHS and not name.rstrip().endswith((".", ")", "?", "!", ":")):
            check.fail("%s: a text looks cut at %d characters: %r" % (page, len(name), name[-40:]))
        if role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC):
            labels.append(name)
    return labels


def key_of(obj):
    """One object on the bus, whatever Python wrapper carries it."""
    try:
        return (obj.get_bus_name(), obj.path)
    except Exception:
        return id(obj)


def spoken_on_focus(new, old):
    """What Orca says when the focus moves from `old` to `new`: nothing when it stays on the
    same object; otherwise the named groups the focus enters (ancestors of `new` that are not
    ancestors of `old`), then `new` itself with its description."""
    if old is not None and key_of(new) == key_of(old):
        return []
    old_chain = {key_of(a) for a in ancestors(old)} if old is not None else set()
    entered = [a for a in ancestors(new)[1:] if key_of(a) not in old_chain]
    words = [a.name for a in reversed(entered) if a.name]
    return words + [new.name or "", new.description or ""]


class Walk:
    """Answers question after question with the keyboard and checks what each page announces."""

    def __init__(self, session, reader, check, app, pyatspi):
        self.session, self.reader, self.check, self.app, self.pyatspi = session, reader, check, app, pyatspi
        self.focus = None  # the object the focus ended on, page after page
        self.announced = 0

    def page_events(self, label, ignored=()):
        """The focus events after a page change, without late events for the objects in `ignored`."""
        events = self.reader.take(1.5)
        for event in events:
            if event.getRole() == self.pyatspi.ROLE_LIST_ITEM:
                self.check.fail("%s: focus was reported on a list item (%s)" % (label, describe(event)))
        fresh = [e for e in events if key_of(e) not in ignored]
        if events and not fresh:
            self.check.fail("%s: the focus stayed on the same object (%s): a screen reader says nothing"
                            % (label, describe(events[-1])))
        elif not events:
            self.check.fail("%s: nothing took the focus" % label)
        return fresh

    def question(self, events, label):
        """Checks that a question page announces its question; returns False when it is no question page."""
        pyatspi = self.pyatspi
        # Events of the page left behind can arrive late: the focus the page ends on counts.
        new = events[-1]
        if new.getRole() not in (pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX):
            return False
        labels = check_controls(self.app, pyatspi, self.check, label)
        group = next((a for a in ancestors(new)[1:] if a.getRole() in (pyatspi.ROLE_GROUPING, pyatspi.ROLE_PANEL)
                      and a.name and a.name in labels), None)
        spoken = spoken_on_focus(new, self.focus)
        if group is None:
            self.check.fail("%s: focus on %s, in no group named by the question on screen" % (label, describe(new)))
        elif not spoken:
            self.check.fail("%s: the focus stayed on the same object (%s): a screen reader says nothing"
                            % (label, describe(new)))
        elif group.name not in spoken:
            self.check.fail("%s: the question is not announced: a screen reader says only %r" % (label, spoken))
        else:
            self.announced += 1
            print("%s announced: %s" % (label, " | ".join(w for w in spoken if w)))
        self.focus = new
        return True

    def key_to_question(self, key, label):
        """Presses `key`, which must open a question page that announces its question."""
        self.session.key(key)
        events = self.page_events(label, {key_of(self.focus)})
        if events and not self.question(events, label):
            self.check.fail("%s: the focus is not on an answer (%s)" % (label, describe(events[-1])))
            return False
        return bool(events)

    def advice(self, events, verdict_prefix):
        if not events or not events[-1].name.startswith(verdict_prefix):
            self.check.fail("advice: the verdict is not announced first (%s)"
                            % (describe(events[-1]) if events else "no focus"))
            return
        print("verdict announced first:", events[-1].name)
        texts = check_controls(self.app, self.pyatspi, self.check, "advice")
        if not any(len(t) > 200 for t in texts):
            self.check.fail("advice: no text longer than 200 characters reaches the screen reader")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    missing = missing_tools()
    if missing:
        print("skipped: missing", ", ".join(missing))
        return 77
    app_path, language = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "nl")
    verdict_prefix = "Advies: " if language == "nl" else "Advice: "
    check = Check()
    session = Session(app_path, language)
    try:
        import pyatspi
        reader = Reader(session.app.pid)
        reader.take(2.0)
        app = reader.application()
        if app is None:
            check.fail("the app does not appear on the accessibility bus")
            return 1
        walk_ = Walk(session, reader, check, app, pyatspi)
        # The first question was shown before the window had the focus; once the window has
        # it, the first answer (in the group named by the question) must hold the focus.
        focused = [o for o in walk(app, pyatspi) if o.getState().contains(pyatspi.STATE_FOCUSED)]
        if not focused or not walk_.question(focused[-1:], "question 1"):
            check.fail("question 1: the focus is not on an answer (%s)" % [describe(o) for o in focused])
        went_back = False
        for number in range(2, 41):
            # Choose the first answer (it has the focus) and go on.
            session.key("space")
            # Ticking a box re-reports the box's states, focus included, sometimes late: an
            # event for the answer just chosen is not the new page.
            chosen = {key_of(e) for e in reader.take(0.8)} | ({key_of(walk_.focus)} if walk_.focus else set())
            session.key("Return")
            events = walk_.page_events("page %d" % number, chosen)
            if not events:
                break
            if events[-1].name.startswith(verdict_prefix):
                walk_.advice(events, verdict_prefix)
                break
            if events[-1].getRole() == pyatspi.ROLE_PUSH_BUTTON:
                # The review page: its button says what it does; go on to the advice.
                print("review page: focus on", describe(events[-1]))
                session.key("Return")
                walk_.advice(reader.take(), verdict_prefix)
                break
            if not walk_.question(events, "question %d" % number):
                check.fail("page %d: the focus is on %s, neither an answer nor the verdict"
                           % (number, describe(events[-1])))
                break
            if number == 4 and not went_back:
                # Going back (Alt+Left) announces the earlier question, and going on again the
                # question left.
                went_back = True
                if not (walk_.key_to_question("alt+Left", "back to question 3")
                        and walk_.key_to_question("Return", "question 4 again")):
                    break
        else:
            check.fail("no advice after 40 questions")
        if walk_.announced < 6:
            check.fail("only %d question pages announced their question; the walk must cover at least 6"
                       % walk_.announced)
        if not LINKS_SEEN:
            check.fail("no glossary link reached the screen reader as a link")
        else:
            print("links exposed as links: %d (e.g. %r)" % (len(LINKS_SEEN), LINKS_SEEN[0]))
    finally:
        session.close()
    if check.failures:
        print("%d problem(s)" % len(check.failures))
        return 1
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
