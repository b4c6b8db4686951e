/* xml-bench-generate.c: writes a large NAP XML plan for the benchmark
 *
 *   xml-bench-generate [PILLARS OBJECTIVES ACTIONS CONSULTATIONS] > big.xml
 *
 * By default 20 pillars of 25 objectives of 20 actions, each action with
 * 5 indicators and 10 budget lines, and 2,000 consultations of 10
 * recommendations each: about 190,000 records. The output is in the
 * canonical form NAP Drafter writes, so that importing and exporting it
 * must give the same bytes back. UUIDs are made from counters, so two
 * runs give the same file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

static guint64 next_id = 1;

static const char *
uuid (char buffer[37])
{
  guint64 n = next_id++;

  g_snprintf (buffer, 37, "%08x-%04x-4%03x-8000-%012" G_GINT64_MODIFIER "x",
              (guint) (n * 2654435761u), (guint) (n & 0xffff), (guint) (n & 0xfff), n);
  return buffer;
}

static char actors[50][37];

int
main (int    argc,
      char **argv)
{
  guint pillars = argc > 4 ? (guint) atoi (argv[1]) : 20;
  guint objectives = argc > 4 ? (guint) atoi (argv[2]) : 25;
  guint actions = argc > 4 ? (guint) atoi (argv[3]) : 20;
  guint consultations = argc > 4 ? (guint) atoi (argv[4]) : 2000;
  GPtrArray *action_ids = g_ptr_array_new_with_free_func (g_free);
  static const char * const statuses[] = { "secured", "pledged", "unfunded" };
  char id[37];
  FILE *out = stdout;

  fprintf (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  fprintf (out, "<nap xmlns=\"urn:napdrafter:nap:1\" format-version=\"1\" id=\"%s\" xml:lang=\"fr\">\n", uuid (id));
  fprintf (out, "  <plan>\n    <title>Plan d’action national (banc d’essai)</title>\n    <country>ML</country>\n"
                "    <period start=\"2025-01-01\" end=\"2029-12-31\"/>\n"
                "    <lead-institution>Ministère de la Promotion de la Femme</lead-institution>\n"
                "    <status>draft</status>\n    <currency>XOF</currency>\n");
  fprintf (out, "    <exchange-rate id=\"%s\" currency=\"EUR\" rate=\"655.957\" date=\"1999-01-01\"/>\n", uuid (id));
  fprintf (out, "    <exchange-rate id=\"%s\" currency=\"USD\" rate=\"600.5\"/>\n", uuid (id));
  fprintf (out, "    <summary>Un grand plan &amp; ses consultations, pour mesurer.</summary>\n  </plan>\n");

  fprintf (out, "  <actors>\n");
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    fprintf (out, "    <actor id=\"%s\" kind=\"%s\">Acteur n° %u</actor>\n", uuid (actors[i]),
             i % 3 == 0 ? "ministry" : i % 3 == 1 ? "civil-society" : "donor", i + 1);
  fprintf (out, "  </actors>\n  <levels>\n    <level depth=\"0\" name=\"Axe\"/>\n"
                "    <level depth=\"1\" name=\"Objectif\"/>\n    <level depth=\"2\" name=\"Action\"/>\n  </levels>\n");

  fprintf (out, "  <objectives>\n");
  for (guint p = 0; p < pillars; p++)
    {
      fprintf (out, "    <objective id=\"%s\">\n      <title>Axe %u</title>\n      <description/>\n"
                    "      <status>planned</status>\n", uuid (id), p + 1);
      for (guint o = 0; o < objectives; o++)
        {
          fprintf (out, "      <objective id=\"%s\">\n        <title>Objectif %u.%u</title>\n"
                        "        <description>Décrire l’objectif %u.%u &lt;en détail&gt;.</description>\n"
                        "        <status>ongoing</status>\n", uuid (id), p + 1, o + 1, p + 1, o + 1);
          for (guint a = 0; a < actions; a++)
            {
              guint k = (p * objectives + o) * actions + a;

              g_ptr_array_add (action_ids, g_strdup (uuid (id)));
              fprintf (out, "        <objective id=\"%s\">\n          <title>Action %u.%u.%u</title>\n"
                            "          <description>Former des médiatrices, session %u.</description>\n"
                            "          <lead actor=\"%s\"/>\n          <partner actor=\"%s\"/>\n"
                            "          <monitor actor=\"%s\"/>\n"
                            "          <timeframe start=\"2025-01-01\" end=\"2026-12-31\"/>\n"
                            "          <status>planned</status>\n",
                       id, p + 1, o + 1, a + 1, k, actors[k % 50], actors[(k + 1) % 50], actors[(k + 2) % 50]);
              for (guint i = 0; i < 5; i++)
                fprintf (out, "          <indicator id=\"%s\">\n            <title>Indicateur %u</title>\n"
                              "            <unit>personnes</unit>\n            <baseline>0</baseline>\n"
                              "            <target>%u d’ici 2027</target>\n"
                              "            <verification>Listes de présence</verification>\n"
                              "          </indicator>\n", uuid (id), i + 1, 10 * (i + 1));
              for (guint b = 0; b < 10; b++)
                {
                  const char *status = statuses[(k + b) % 3];

                  if (b % 3 == 2)
                    fprintf (out, "          <budget-line id=\"%s\" year=\"%u\" amount=\"%u.%02u\" currency=\"EUR\" status=\"%s\" funder=\"%s\">Ligne %u</budget-line>\n",
                             uuid (id), 2025 + b % 5, 1000 + k % 9000, b * 7 % 100, status, actors[(k + b) % 50], b + 1);
                  else
                    fprintf (out, "          <budget-line id=\"%s\" year=\"%u\" amount=\"%u\" currency=\"XOF\" status=\"%s\" unit-cost=\"%u\" quantity=\"%u\" frequency=\"2\">Ligne %u</budget-line>\n",
                             uuid (id), 2025 + b % 5, 50000 * (b + 1), status, 25000 * (b + 1), 1, b + 1);
                }
              fprintf (out, "        </objective>\n");
            }
          fprintf (out, "      </objective>\n");
        }
      fprintf (out, "    </objective>\n");
    }
  fprintf (out, "  </objectives>\n");

  fprintf (out, "  <consultations>\n");
  for (guint c = 0; c < consultations; c++)
    {
      /* In date order, as the plan lists them. */
      GDate *date = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
      char day[16];

      g_date_add_days (date, c / 10);
      g_date_strftime (day, sizeof day, "%Y-%m-%d", date);
      g_date_free (date);
      fprintf (out, "    <consultation id=\"%s\" start=\"%s\" format=\"workshop\">\n"
                    "      <title>Atelier %u</title>\n      <location region=\"ML-5\">Mopti</location>\n"
                    "      <facilitator>Réseau des femmes</facilitator>\n      <language>Fulfulde, français</language>\n"
                    "      <participants women=\"%u\" men=\"%u\" other=\"0\"/>\n"
                    "      <group name=\"jeunes\" count=\"%u\"/>\n"
                    "      <organisation actor=\"%s\"/>\n      <notes>Aucun nom.</notes>\n",
               uuid (id), day, c + 1, 20 + c % 30, 5 + c % 10, c % 20, actors[c % 50]);
      for (guint r = 0; r < 10; r++)
        fprintf (out, "      <recommendation id=\"%s\" status=\"pending\">\n"
                      "        <text>Recommandation %u.%u : prévoir le transport.</text>\n"
                      "        <concerns objective=\"%s\"/>\n        <response/>\n"
                      "      </recommendation>\n",
                 uuid (id), c + 1, r + 1, (const char *) g_ptr_array_index (action_ids, (c * 10 + r) % action_ids->len));
      fprintf (out, "    </consultation>\n");
    }
  fprintf (out, "  </consultations>\n</nap>\n");

  g_ptr_array_unref (action_ids);
  return fflush (out) == 0 ? 0 : 1;
}
