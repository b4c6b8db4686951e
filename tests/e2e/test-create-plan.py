#!/usr/bin/python3
# End-to-end: a drafter creates a plan and builds its tree in the real
# window, driven through AT-SPI as a screen reader would (keys for the
# pop-ups GTK 4.8 does not expose as actions), then the file is checked
# with nap-tool.
#
# Run under Xvfb and a session bus:
#   xvfb-run -a dbus-run-session -- /usr/bin/python3 test-create-plan.py BUILDDIR

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

BUILD = os.path.abspath(sys.argv[1])
TIMEOUT = 20


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    shot = os.environ.get("NAP_E2E_SCREENSHOT")
    if shot:
        subprocess.run(["import", "-window", "root", shot])
    sys.exit(1)


def walk(node):
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is None:
            continue
        yield child
        yield from walk(child)


def find(root, role, name):
    """The first sensitive node of @role named @name (GTK 4.8 sets no
    'showing' state, so insensitive copies on hidden pages are skipped)."""
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        for node in walk(root):
            try:
                if node.getRoleName() == role and node.name == name and \
                   node.getState().contains(pyatspi.STATE_SENSITIVE):
                    return node
            except Exception:
                pass
        time.sleep(0.2)
    fail("no %s named “%s”" % (role, name))


def click(root, name):
    find(root, "push button", name).queryAction().doAction(0)


APP_PID = None


def focus_newest_window():
    """There is no window manager under Xvfb: give the keyboard to the
    application's newest window, as a window manager would."""
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(APP_PID)],
                         capture_output=True, text=True).stdout.split()
    if out:
        subprocess.run(["xdotool", "windowfocus", "--sync", out[-1]], check=False)
        time.sleep(0.3)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "80"] + list(keys), check=True)


def type_keys(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)


def set_title(text):
    """Types into the objective's Title field, which has the focus after
    Add, Add Child and F2, and commits it with Return."""
    time.sleep(0.8)
    focus_newest_window()
    key("ctrl+a")
    type_keys(text)
    key("Return")
    time.sleep(0.8)


def main():
    work = tempfile.mkdtemp(prefix="nap-e2e-")
    plan = os.path.join(work, "mopti.nap")
    env = dict(os.environ,
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"),
               GSETTINGS_BACKEND="memory",
               NAP_LOCALEDIR=os.path.join(BUILD, "po"),
               HOME=work, XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"),
               GSK_RENDERER="cairo", LANGUAGE="en", LC_ALL="C.UTF-8")
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    app_process = subprocess.Popen([os.path.join(BUILD, "src", "gui", "nap-drafter")], env=env)
    global APP_PID
    APP_PID = app_process.pid

    try:
        desktop = pyatspi.Registry.getDesktop(0)
        app = None
        deadline = time.time() + TIMEOUT
        while app is None and time.time() < deadline:
            app = next((a for a in desktop if a is not None and a.name == "nap-drafter"), None)
            time.sleep(0.2)
        if app is None:
            fail("the application did not appear on the accessibility bus")

        # The welcome page offers a new plan.
        click(app, "New Plan…")
        find(app, "text", "Title")
        time.sleep(0.8)
        # The dialog opens with the title field focused.
        focus_newest_window()
        type_keys("Plan d’action national 1325")

        # The country list pops up with a search field: type, pick the first.
        country = find(app, "combo box", "Country Country")
        toggle = next(n for n in walk(country) if n.getRoleName() == "push button")
        toggle.queryAction().doAction(0)
        time.sleep(1.0)
        # GTK 4.8 does not expose the pop-up to AT-SPI: use its keys.
        focus_newest_window()
        key("shift+Tab")
        type_keys("Mali")
        time.sleep(1.0)
        key("Down", "Return")
        time.sleep(1.0)
        time.sleep(1.0)

        click(app, "Create…")
        # The file chooser: its name field has the focus; a full path works.
        time.sleep(1.5)
        focus_newest_window()
        key("ctrl+a")
        type_keys(plan)
        key("Return")

        deadline = time.time() + TIMEOUT
        while not os.path.exists(plan) and time.time() < deadline:
            time.sleep(0.2)
        if not os.path.exists(plan):
            fail("the plan file was not created")

        # An empty plan: add a pillar, then two objectives under it.
        click(app, "Add Pillar")
        set_title("Prévention")
        click(app, "Add Child")
        set_title("Renforcer les politiques")
        click(app, "Add")
        set_title("Environnement juridique")
        # Rename the second objective: F2 goes back to its title.
        key("F2")
        set_title("Créer un environnement juridique favorable")

        key("ctrl+q")
        try:
            app_process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            fail("the application did not quit on Ctrl+Q")
    finally:
        if app_process.poll() is None:
            app_process.kill()

    info = subprocess.run([os.path.join(BUILD, "src", "cli", "nap-tool"), "info", plan],
                          env=dict(env, LANGUAGE="en"), capture_output=True, text=True)
    if info.returncode != 0:
        fail("nap-tool info failed: " + info.stderr)
    print(info.stdout)
    expected = ["1 Prévention",
                "  1.1 Renforcer les politiques",
                "  1.2 Créer un environnement juridique favorable"]
    tree = info.stdout.split("Objective tree\n", 1)[-1].split("\n\n", 1)[0]
    if tree.splitlines() != expected:
        fail("the file does not hold exactly the tree built:\n" + info.stdout)
    if "Plan d’action national 1325" not in info.stdout or "ML" not in info.stdout:
        fail("title or country missing:\n" + info.stdout)
    print("ok: the plan holds exactly the tree built in the window")


if __name__ == "__main__":
    main()
