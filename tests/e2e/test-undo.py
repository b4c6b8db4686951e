#!/usr/bin/python3
# End-to-end: a drafter deletes a pillar that holds an action with budget
# lines, an indicator and actors, and that a consultation's recommendation
# concerns; quits; the next day reopens the plan and presses Undo. The
# plan comes back exactly: its NAP XML export (written by nap-tool) is
# byte for byte the one from before the delete. Driven through AT-SPI as
# a screen reader would.
#
# Run under Xvfb and a session bus:
#   xvfb-run -a dbus-run-session -- /usr/bin/python3 test-undo.py BUILDDIR SOURCEDIR

import os
import subprocess
import sys
import tempfile
import time

from nap_e2e import (TIMEOUT, app_env, click, fail, find, focus_newest_window, key, quit_app,
                     start_app, wait_for, walk)

BUILD = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
TOOL = os.path.join(BUILD, "src", "cli", "nap-tool")
PILLAR = "Participation and representation"


def export(plan, env):
    out = subprocess.run([TOOL, "export-xml", plan], env=env, capture_output=True)
    if out.returncode != 0:
        fail("nap-tool export-xml failed: " + out.stderr.decode())
    return out.stdout


def outline_names(app):
    outline = find(app, "list", "Plan Outline")
    return [n.name or "" for n in outline if n is not None and n.getRoleName() == "list item"]


def main():
    work = tempfile.mkdtemp(prefix="nap-e2e-undo-")
    plan = os.path.join(work, "plan.nap")
    env = app_env(BUILD, work)

    subprocess.run([TOOL, "import-xml", os.path.join(SOURCE, "tests", "fixtures", "small-plan.xml"),
                    "-o", plan], env=env, check=True, capture_output=True)
    before = export(plan, env)
    for needed in [b"<budget-line ", b"<indicator ", b"<concerns objective=", b"<lead actor="]:
        if needed not in before:
            fail("the plan lacks %s" % needed.decode())

    # Day one: delete the pillar, confirming the dialog, and quit.
    app_process, app = start_app(BUILD, [plan], env)
    try:
        outline = find(app, "list", "Plan Outline")
        time.sleep(0.5)
        focus_newest_window(app_process.pid)
        items = [n for n in outline if n is not None and n.getRoleName() == "list item"]
        target = next((i for i, n in enumerate(items) if PILLAR in (n.name or "")), None)
        if target is None:
            fail("the pillar is not in the outline")
        outline.querySelection().selectChild(target)
        time.sleep(0.5)
        click(app, "Delete")
        time.sleep(1.0)
        focus_newest_window(app_process.pid)
        dialog = None
        deadline = time.time() + TIMEOUT
        while dialog is None and time.time() < deadline:
            for window in app:
                try:
                    if window is not None and any((n.name or "").startswith("Delete “")
                                                  for n in walk(window)):
                        dialog = window
                except Exception:
                    pass
            time.sleep(0.2)
        if dialog is None:
            fail("no dialog asks to confirm the delete")
        # GTK 4.8 names a button with a mnemonic "_Delete Delete".
        dialog_button = next((n for n in walk(dialog) if n.getRoleName() == "push button"
                              and (n.name or "").endswith("Delete")), None)
        if dialog_button is None:
            fail("the dialog has no Delete button")
        dialog_button.queryAction().doAction(0)
        wait_for("the pillar is still in the outline",
                 lambda: not any(PILLAR in n for n in outline_names(app)))
        find(app, "push button", "Undo")
        quit_app(app_process)
    finally:
        if app_process.poll() is None:
            app_process.kill()

    deleted = export(plan, env)
    if deleted == before or PILLAR.encode() in deleted:
        fail("the delete did not reach the file")

    # Day two: reopen, undo with the header bar's button, quit.
    app_process, app = start_app(BUILD, [plan], env)
    try:
        find(app, "list", "Plan Outline")
        time.sleep(0.5)
        focus_newest_window(app_process.pid)
        click(app, "Undo")
        wait_for("the pillar did not come back",
                 lambda: any(PILLAR in n for n in outline_names(app)))
        quit_app(app_process)
    finally:
        if app_process.poll() is None:
            app_process.kill()

    after = export(plan, env)
    if after != before:
        with open(os.path.join(work, "before.xml"), "wb") as f:
            f.write(before)
        with open(os.path.join(work, "after.xml"), "wb") as f:
            f.write(after)
        fail("the export after undo differs from the one before the delete (see %s)" % work)
    print("ok: after delete, quit, reopen and undo, the export is byte-identical")


if __name__ == "__main__":
    main()
