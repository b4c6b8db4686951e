/* xml-test-common.c: plans, files and exports for the NAP XML tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "xml-test-common.h"

void
xml_fixture_set_up (XmlFixture    *fixture,
                    gconstpointer  data)
{
  fixture->dir = nap_test_make_dir ("nap-test-xml-XXXXXX", NULL, NULL);
}

void
xml_fixture_tear_down (XmlFixture    *fixture,
                       gconstpointer  data)
{
  nap_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

char *
xml_fixture_path (XmlFixture *fixture,
                  const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* A file of the source tree: xml_test_source_path ("data", "nap.rng", NULL). */
char *
xml_test_source_path (const char *first,
                      ...)
{
  const char *root = g_getenv ("NAP_SOURCE_DIR");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (char *) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

char *
xml_test_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

char *
xml_test_export (NapProject        *project,
                 NapXmlExportFlags  flags)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_xml_export (project, out, flags, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

NapProject *
xml_test_import (const char *xml_path,
                 const char *project_path)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_xml_import (xml_path, project_path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static void
set (NapProject *project,
     gpointer    record,
     const char *property,
     const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_set_string (project, record, property, text, &error));
  g_assert_no_error (error);
}

static void
set_int (NapProject *project,
         gpointer    record,
         const char *property,
         gint64      number)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_set_int (project, record, property, number, &error));
  g_assert_no_error (error);
}

static NapObjective *
objective (NapProject   *project,
           NapObjective *parent,
           const char   *title)
{
  return nap_test_add_objective (project, parent, title);
}

static NapActor *
actor (NapProject   *project,
       const char   *name,
       NapActorKind  kind)
{
  g_autoptr(GError) error = NULL;
  NapActor *added = nap_project_add_actor (project, name, kind, &error);

  g_assert_no_error (error);
  return added;
}

static void
role (NapProject   *project,
      NapObjective *objective,
      NapActorRole  role,
      NapActor     *actor)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_add_objective_actor (project, objective, role, actor, &error));
  g_assert_no_error (error);
}

static NapBudgetLine *
line (NapProject   *project,
      NapObjective *objective,
      const char   *label,
      gint64        amount,
      const char   *currency)
{
  g_autoptr(GError) error = NULL;
  NapBudgetLine *added = nap_project_add_budget_line (project, objective, label, amount, currency, &error);

  g_assert_no_error (error);
  return added;
}

static NapIndicator *
indicator (NapProject   *project,
           NapObjective *objective,
           const char   *title)
{
  g_autoptr(GError) error = NULL;
  NapIndicator *added = nap_project_add_indicator (project, objective, title, &error);

  g_assert_no_error (error);
  set (project, added, "unit", "personnes / أشخاص");
  set (project, added, "baseline", "1 sur 26");
  set (project, added, "target", "50 d’ici fin 2026 <au moins>");
  set (project, added, "verification", "Feuilles de présence & rapports");
  return added;
}

/**
 * xml_test_full_plan:
 *
 * A plan with a value in every field that NAP XML carries, every kind of
 * record, objectives four levels deep, amounts in XOF, USD and TND
 * (one negative), Arabic and French text, and the characters that XML
 * must escape. Everything goes through the core's editing API, as in the
 * program.
 */
NapProject *
xml_test_full_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  NapProject *project;
  NapPlan *plan;
  NapActor *ministry, *network, *commission, *donor, *agency, *other;
  NapObjective *pillar, *objective1, *result, *action, *pillar2, *objective2;
  NapBudgetLine *budget;
  NapConsultation *consultation, *consultation2;
  NapRecommendation *recommendation;
  const char * const levels[] = { "Axe", "Objectif", "Résultat", "Action", NULL };

  project = nap_project_create (path, "Plan d’action national 1325 — خطة العمل الوطنية <2025> & \"WPS\" 'x'",
                                "ML", "XOF", "2025-01-01", "2027-12-31", &error);
  g_assert_no_error (error);
  plan = nap_project_get_plan (project);
  set (project, plan, "lead-institution", "Ministère de la Promotion de la Femme, de l'Enfant et de la Famille");
  set (project, plan, "summary", "Premier paragraphe : « sécurité » & paix.\n\nSecond paragraph\twith a tab, a CR\r\nand \"quotes\" 'apostrophes' <tags>.\n  Trailing spaces  ");
  set (project, plan, "language", "fr");
  set_int (project, plan, "status", NAP_PLAN_STATUS_VALIDATED);
  g_assert_true (nap_project_set_level_names (project, levels, &error));
  g_assert_no_error (error);

  g_assert_nonnull (nap_project_set_exchange_rate (project, "USD", "600.5", "2025-01-15", &error));
  g_assert_nonnull (nap_project_set_exchange_rate (project, "TND", "195.125", NULL, &error));
  g_assert_nonnull (nap_project_set_exchange_rate (project, "EUR", "655.957", "1999-01-01", &error));
  g_assert_nonnull (nap_project_add_reference (project, "Résolution 1325 (2000) du Conseil de sécurité",
                                               "https://undocs.org/S/RES/1325(2000)?a=1&b=\"2\"", &error));
  g_assert_nonnull (nap_project_add_reference (project, "Rapport sans lien", NULL, &error));
  g_assert_no_error (error);

  ministry = actor (project, "Ministère de la Femme", NAP_ACTOR_KIND_MINISTRY);
  network = actor (project, "شبكة النساء من أجل السلام", NAP_ACTOR_KIND_CIVIL_SOCIETY);
  commission = actor (project, "Commission nationale des droits de l’homme", NAP_ACTOR_KIND_AGENCY);
  donor = actor (project, "Agence \"Partenaire\" & Cie", NAP_ACTOR_KIND_DONOR);
  agency = actor (project, "ONU Femmes", NAP_ACTOR_KIND_UN_BODY);
  other = actor (project, "Autre <acteur>", NAP_ACTOR_KIND_OTHER);

  pillar = objective (project, NULL, "Prévention des conflits & de la violence");
  set (project, pillar, "description", "Ligne 1\nLigne 2 avec « guillemets » et \"quotes\"");
  set_int (project, pillar, "status", NAP_OBJECTIVE_STATUS_ONGOING);
  role (project, pillar, NAP_ACTOR_ROLE_LEAD, ministry);
  role (project, pillar, NAP_ACTOR_ROLE_LEAD, agency);
  role (project, pillar, NAP_ACTOR_ROLE_PARTNER, network);
  role (project, pillar, NAP_ACTOR_ROLE_MONITOR, commission);
  role (project, pillar, NAP_ACTOR_ROLE_MONITOR, ministry);
  set (project, pillar, "start-date", "2025-01-01");

  objective1 = objective (project, pillar, "Renforcer les mécanismes d’alerte précoce");
  set (project, objective1, "end-date", "2026-06-30");
  set_int (project, objective1, "status", NAP_OBJECTIVE_STATUS_DELAYED);
  result = objective (project, objective1, "تعزيز مشاركة المرأة");
  set (project, result, "code", "1.1.a");
  set_int (project, result, "status", NAP_OBJECTIVE_STATUS_COMPLETED);
  action = objective (project, result, "Former 50 médiatrices à Mopti");
  set (project, action, "start-date", "2025-03-01");
  set (project, action, "end-date", "2026-12-31");
  set_int (project, action, "status", NAP_OBJECTIVE_STATUS_CANCELLED);
  role (project, action, NAP_ACTOR_ROLE_LEAD, ministry);
  role (project, action, NAP_ACTOR_ROLE_PARTNER, other);
  indicator (project, action, "Médiatrices formées");
  indicator (project, action, "مؤشر");

  budget = line (project, action, "Formateurs & salle", 1250000, "XOF");
  set_int (project, budget, "year", 2025);
  set_int (project, budget, "status", NAP_FUNDING_STATUS_SECURED);
  set_int (project, budget, "funder-id", nap_record_get_id (NAP_RECORD (ministry)));
  set_int (project, budget, "unit-cost", 25000);
  set_int (project, budget, "quantity", 25);
  set_int (project, budget, "frequency", 2);
  budget = line (project, action, "Voyages (bailleur)", 125050, "USD");
  set_int (project, budget, "year", 2026);
  set_int (project, budget, "status", NAP_FUNDING_STATUS_PLEDGED);
  set_int (project, budget, "funder-id", nap_record_get_id (NAP_RECORD (donor)));
  set_int (project, budget, "unit-cost", 5005);
  budget = line (project, action, "Matériel tunisien", 1250500, "TND");
  budget = line (project, action, "Remboursement <correction>", -50000, "XOF");
  set_int (project, budget, "status", NAP_FUNDING_STATUS_SECURED);
  line (project, action, "", 0, "EUR");

  objective (project, objective1, "Sans description");
  pillar2 = objective (project, NULL, "Participation");
  set (project, pillar2, "code", "B");
  objective2 = objective (project, pillar2, "Deuxième objectif");
  set (project, objective2, "code", "2bis");
  indicator (project, pillar2, "Femmes parmi les policiers de l'ONU");

  consultation = nap_project_add_consultation (project, "Atelier régional — ورشة عمل", &error);
  g_assert_no_error (error);
  set (project, consultation, "start-date", "2024-11-12");
  set (project, consultation, "end-date", "2024-11-13");
  set_int (project, consultation, "format", NAP_CONSULTATION_FORMAT_FOCUS_GROUP);
  set (project, consultation, "place", "Mopti & environs");
  set (project, consultation, "region", "ML-5");
  set (project, consultation, "language", "Fulfulde, français, العربية");
  set (project, consultation, "facilitator", "Réseau \"Paix\"");
  set_int (project, consultation, "women", 34);
  set_int (project, consultation, "men", 9);
  set_int (project, consultation, "other", 1);
  set (project, consultation, "notes", "Aucun nom.\nDeuxième ligne <notes>.");
  g_assert_true (nap_project_set_group_count (project, consultation, "jeunes", 12, &error));
  g_assert_true (nap_project_set_group_count (project, consultation, "personnes déplacées \"PDI\"", 7, &error));
  g_assert_true (nap_project_add_organisation (project, consultation, network, &error));
  g_assert_true (nap_project_add_organisation (project, consultation, agency, &error));
  recommendation = nap_project_add_recommendation (project, consultation, "Former près des villages & payer le transport.", &error);
  g_assert_no_error (error);
  set_int (project, recommendation, "status", NAP_RESPONSE_PARTLY_ACCEPTED);
  set (project, recommendation, "response", "Ligne budgétaire ajoutée ; sessions dans les communes.");
  g_assert_true (nap_project_link_recommendation (project, recommendation, action, TRUE, &error));
  g_assert_true (nap_project_link_recommendation (project, recommendation, pillar2, TRUE, &error));
  recommendation = nap_project_add_recommendation (project, consultation, "توصية ثانية", &error);
  set_int (project, recommendation, "status", NAP_RESPONSE_NOT_TAKEN_UP);

  consultation2 = nap_project_add_consultation (project, "Contribution écrite", &error);
  set_int (project, consultation2, "format", NAP_CONSULTATION_FORMAT_WRITTEN_SUBMISSION);
  recommendation = nap_project_add_recommendation (project, consultation2, "", &error);
  g_assert_no_error (error);

  return project;
}
