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

from nap_e2e import (TIMEOUT, app_env, click, fail, find, key, quit_app,
                     start_app, type_keys, walk)
from nap_e2e import focus_newest_window as focus_window

BUILD = os.path.abspath(sys.argv[1])
APP_PID = None


def focus_newest_window():
    focus_window(APP_PID)


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
    env = app_env(BUILD, work)
    app_process, app = start_app(BUILD, [], env)
    global APP_PID
    APP_PID = app_process.pid

    try:
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

        quit_app(app_process)
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
