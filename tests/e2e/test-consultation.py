#!/usr/bin/python3
# End-to-end: a facilitator logs a consultation session in the real
# window, driven through AT-SPI as a screen reader would (keys for the
# pop-ups GTK 4.8 does not expose), links a recommendation to objective
# 1.1 and answers it; the objective editor of the Plan view then lists it,
# and the file holds it all (checked with nap-tool).
#
# Run under Xvfb and a session bus:
#   xvfb-run -a dbus-run-session -- /usr/bin/python3 test-consultation.py BUILDDIR SOURCEDIR

import os
import re
import subprocess
import sys
import tempfile
import time

# First: it runs this script again without G_DEBUG (see nap_e2e.py).
from nap_e2e import (app_env, click, fail, find, focus_newest_window as focus_window,
                     key, lookup, quit_app, set_text, start_app, text_of, texts, type_keys,
                     type_when, wait_for, walk)

BUILD = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
TOOL = os.path.join(BUILD, "src", "cli", "nap-tool")

TITLE = "Consultation nationale de la société civile"
RECOMMENDATION = "Associer les associations de femmes rurales au suivi du plan"
REASON = "Un comité régional de suivi par région"


def main():
    work = tempfile.mkdtemp(prefix="nap-e2e-")
    plan = os.path.join(work, "mali.nap")
    env = app_env(BUILD, work)

    # A copy of the Mali example: five pillars, objective 1.1 among them.
    subprocess.run([TOOL, "import-xml", os.path.join(SOURCE, "data", "examples", "mali-2012-2014.xml"),
                    "-o", plan], env=env, check=True, capture_output=True)

    app_process, app = start_app(BUILD, [plan], env)

    def focus_newest_window():
        focus_window(app_process.pid)

    try:
        find(app, "list", "Plan Outline")
        time.sleep(0.5)
        focus_newest_window()

        # The Consultations view, its log still empty.
        key("ctrl+3")
        sessions = find(app, "panel", "Sessions")
        find(sessions, "label", "No Sessions Yet")

        # Add a session: the cursor goes to its title.
        if lookup(sessions, "heading", "Untitled session") is not None:
            fail("an untitled session is shown before any session exists")
        click(sessions, "Add Session")
        type_when("the new session never showed",
                  lambda: lookup(sessions, "heading", "Untitled session") is not None, TITLE)
        key("Return")
        find(sessions, "heading", TITLE)

        # A session of three days, the dates typed the French way.
        set_text(sessions, "text", "Start Date", "04/10/2011")
        set_text(sessions, "text", "End Date", "06/10/2011")
        wait_for("the start date is not shown as ISO 8601",
                 lambda: text_of(find(sessions, "text", "Start Date")) == "2011-10-04")
        set_text(sessions, "text", "Place", "Bamako")
        set_text(sessions, "spin button", "Women", "64")
        set_text(sessions, "spin button", "Men", "21")
        wait_for("the total does not add the counts up",
                 lambda: "85" in texts(find(sessions, "list", "Participants")))

        # A recommendation: the cursor goes to its text.
        click(sessions, "Add Recommendation")
        type_when("the new recommendation never showed",
                  lambda: lookup(sessions, "list item", "Recommendation 1") is not None, RECOMMENDATION)
        time.sleep(1.2)
        row = find(sessions, "list item", "Recommendation 1")

        # Link it to objective 1.1 through the picker, by its code.
        click(row, "Add Objective…")
        time.sleep(1.0)
        focus_newest_window()
        type_keys("1.1")
        time.sleep(0.5)
        key("Return")
        find(row, "push button", "Remove Objective 1.1")

        # Answer it: taken up, with the reason. The drop-down's list is not
        # on the AT-SPI tree in GTK 4.8: its keys pick the first response.
        response = find(row, "combo box", "Response to Recommendation 1")
        toggle = next(n for n in walk(response) if n.getRoleName() == "push button")
        toggle.queryAction().doAction(0)
        time.sleep(1.0)
        focus_newest_window()
        key("Home", "Return")
        time.sleep(1.0)
        wait_for("the response is not “Taken up”",
                 lambda: "Taken up" in texts(find(row, "combo box", "Response to Recommendation 1")))
        set_text(row, "text", "Reason for the Response to Recommendation 1", REASON)

        # In the Plan view, objective 1.1's editor lists the recommendation.
        focus_newest_window()
        key("ctrl+1")
        outline = find(app, "list", "Plan Outline")
        items = [n for n in outline if n is not None and n.getRoleName() == "list item"]
        target = next((i for i, n in enumerate(items) if n.name.startswith("Objective 1.1:")), None)
        if target is None:
            fail("objective 1.1 is not in the outline")
        outline.querySelection().selectChild(target)
        recommendations = find(app, "list", "Consultation Recommendations")
        wait_for("the objective editor does not list the recommendation",
                 lambda: any(RECOMMENDATION in t for t in texts(recommendations)))
        wait_for("the objective editor does not show the response",
                 lambda: any("Taken up" in t and TITLE in t for t in texts(recommendations)))

        quit_app(app_process)
    finally:
        if app_process.poll() is None:
            app_process.kill()

    xml = subprocess.run([TOOL, "export-xml", plan], env=env, capture_output=True, text=True)
    if xml.returncode != 0:
        fail("nap-tool export-xml failed: " + xml.stderr)
    out = xml.stdout
    session = re.search(r'<consultation [^>]*start="2011-10-04" end="2011-10-06"[^>]*>(.*?)</consultation>',
                        out, re.S)
    if session is None:
        fail("the file has no session from 2011-10-04 to 2011-10-06:\n" + out)
    body = session.group(1)
    for expected in ["<title>%s</title>" % TITLE,
                     'women="64"', 'men="21"',
                     "<text>%s</text>" % RECOMMENDATION,
                     "<response>%s</response>" % REASON]:
        if expected not in body:
            fail("the session in the file lacks %s:\n%s" % (expected, body))
    if not re.search(r'<recommendation [^>]*status="accepted"', body):
        fail("the recommendation is not accepted in the file:\n" + body)
    objective = re.search(r'<objective id="([^"]+)">\s*<title>Strengthen and develop policies', out)
    if objective is None or ('<concerns objective="%s"/>' % objective.group(1)) not in body:
        fail("the recommendation does not concern objective 1.1 in the file:\n" + body)
    print("ok: the session, its counts and its answered recommendation are in the file")


if __name__ == "__main__":
    main()
