#!/usr/bin/python3
# End-to-end: a finance officer costs an action in two currencies in the
# objective editor, then reads the pillar's total in the Budget view, all
# through AT-SPI as a screen reader would (keys for the pop-ups GTK 4.8
# does not expose), and the file is checked with nap-tool.
#
# The plan (a pillar, an objective, an action, the EUR rate 655.957) is
# made from NAP XML with nap-tool before the window opens.
#
# Run under Xvfb and a session bus:
#   xvfb-run -a dbus-run-session -- /usr/bin/python3 test-budget.py BUILDDIR

import os
import re
import subprocess
import sys
import tempfile
import time

from nap_e2e import (TIMEOUT, app_environment, check_exit, click, fail, find, focus_newest_window,
                     key, set_text, type_keys, walk)

import pyatspi

BUILD = os.path.abspath(sys.argv[1])

PLAN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<nap xmlns="urn:napdrafter:nap:1" format-version="1" id="6b1f2f4e-8f5e-4a47-9d0a-3c3f1f0d2a11" xml:lang="fr">
  <plan>
    <title>Plan d’action national 1325</title>
    <country>ML</country>
    <period start="2025-01-01" end="2027-12-31"/>
    <lead-institution>Ministère de la Promotion de la Femme</lead-institution>
    <status>draft</status>
    <currency>XOF</currency>
    <exchange-rate id="0f6f4f61-0d0e-4d43-9a4e-6a1a6f0f7c21" currency="EUR" rate="655.957" date="2025-01-01"/>
    <summary/>
  </plan>
  <actors/>
  <levels>
    <level depth="0" name="Pillar"/>
    <level depth="1" name="Objective"/>
    <level depth="2" name="Action"/>
  </levels>
  <objectives>
    <objective id="3d9a3b52-5f55-4e0e-9a43-0d1c7e1a6b01">
      <title>Prévention</title>
      <description/>
      <status>planned</status>
      <objective id="3d9a3b52-5f55-4e0e-9a43-0d1c7e1a6b02">
        <title>Renforcer les politiques</title>
        <description/>
        <status>planned</status>
        <objective id="3d9a3b52-5f55-4e0e-9a43-0d1c7e1a6b03">
          <title>Former les formatrices</title>
          <description/>
          <status>planned</status>
        </objective>
      </objective>
    </objective>
  </objectives>
  <consultations/>
</nap>
"""


def find_where(root, describe, match):
    """The first sensitive node for which @match is true."""
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        for node in walk(root):
            try:
                if match(node) and node.getState().contains(pyatspi.STATE_SENSITIVE):
                    return node
            except Exception:
                pass
        time.sleep(0.2)
    fail("no " + describe)


APP_PID = None


def click_node(node):
    """A real click in the middle of @node (rows of a list have no action).
    GTK 4.8 knows positions in its window only, not on the screen."""
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(APP_PID)],
                             capture_output=True, text=True).stdout.split()
    if not windows:
        fail("the application has no window to click in")
    subprocess.run(["xdotool", "mousemove", "--sync", "--window", windows[-1],
                    str(extents.x + extents.width // 2), str(extents.y + extents.height // 2),
                    "click", "1"], check=True)
    time.sleep(0.5)


def choose_currency(root, line, code):
    """Opens the currency drop-down of budget line @line and picks @code
    with the keyboard: GTK 4.8 does not expose the pop-up to AT-SPI."""
    dropdown = find(root, "combo box", "Currency, line %d" % line)
    toggle = next((n for n in walk(dropdown) if n.getRoleName() in ("push button", "toggle button")), None)
    if toggle is None:
        fail("the currency drop-down of line %d has no button" % line)
    toggle.queryAction().doAction(0)
    time.sleep(1.0)
    focus_newest_window(APP_PID)
    # The search field is above the list: type the code, take the first.
    key("shift+Tab")
    type_keys(code)
    time.sleep(1.0)
    key("Down", "Return")
    time.sleep(1.0)


def main():
    work = tempfile.mkdtemp(prefix="nap-e2e-budget-")
    xml = os.path.join(work, "plan.xml")
    plan = os.path.join(work, "budget.nap")
    with open(xml, "w", encoding="utf-8") as f:
        f.write(PLAN_XML)
    env = dict(os.environ,
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"),
               GSETTINGS_BACKEND="memory",
               NAP_LOCALEDIR=os.path.join(BUILD, "po"),
               HOME=work, XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"),
               GSK_RENDERER="cairo", LANGUAGE="en", LC_ALL="C.UTF-8")
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    app_environment(env)
    tool = os.path.join(BUILD, "src", "cli", "nap-tool")
    made = subprocess.run([tool, "import-xml", xml, "-o", plan], env=env, capture_output=True, text=True)
    if made.returncode != 0:
        fail("nap-tool could not make the plan: " + made.stderr)

    app_process = subprocess.Popen([os.path.join(BUILD, "src", "gui", "nap-drafter"), plan], env=env)
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

        # Select the action in the outline.
        action = find_where(app, "outline row of the action",
                            lambda n: n.name is not None and n.name.startswith("Action 1.1.1"))
        focus_newest_window(APP_PID)
        click_node(action)
        find(app, "heading", "Action 1.1.1")

        # First line: 1 250 000 in the plan currency, XOF.
        click(app, "Add Budget Line")
        time.sleep(1.0)
        set_text(app, "text", "Label, line 1", "Ateliers régionaux")
        set_text(app, "text", "Amount, line 1", "1 250 000")

        # Second line: 1 000 EUR.
        click(app, "Add Budget Line")
        time.sleep(1.0)
        set_text(app, "text", "Label, line 2", "Expertise")
        choose_currency(app, 2, "EUR")
        set_text(app, "text", "Amount, line 2", "1 000")

        # The Budget view: the pillar's total, converted at 655.957.
        focus_newest_window(APP_PID)
        key("ctrl+2")
        time.sleep(1.5)
        row = find_where(app, "totals row of the pillar",
                         lambda n: n.name is not None and n.name.startswith("1 Prévention: total"))
        print("pillar row: " + row.name)
        total = re.match(r"1 Prévention: total (.*?), funding gap", row.name)
        if total is None:
            fail("the pillar row does not read “total …, funding gap …”: " + row.name)
        # 1 250 000 XOF + 1 000 EUR x 655.957 = 1 905 957 XOF, grouped as
        # the English UI writes it, with the currency's sign or code.
        shown = total.group(1)
        if "1,905,957" not in shown or not ("CFA" in shown or "XOF" in shown):
            fail("the pillar total reads “%s”, not 1,905,957 XOF" % shown)
        if "." in shown.replace("1,905,957", ""):
            fail("an XOF total has no decimals: “%s”" % shown)

        key("ctrl+q")
        try:
            app_process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            fail("the application did not quit on Ctrl+Q")
        check_exit(app_process)
    finally:
        if app_process.poll() is None:
            app_process.kill()

    info = subprocess.run([tool, "info", plan], env=env, capture_output=True, text=True)
    if info.returncode != 0:
        fail("nap-tool info failed: " + info.stderr)
    print(info.stdout)
    if "Budget lines:     2" not in info.stdout:
        fail("the file does not hold the two lines:\n" + info.stdout)
    if "EUR total 1000.00" not in info.stdout or "XOF total 1250000" not in info.stdout:
        fail("the file does not hold 1 250 000 XOF and 1 000.00 EUR:\n" + info.stdout)
    if "total 1905957" not in info.stdout:
        fail("nap-tool does not agree on 1 905 957 XOF:\n" + info.stdout)
    print("ok: two lines in two currencies, and the pillar total 1 905 957 XOF")


if __name__ == "__main__":
    main()
