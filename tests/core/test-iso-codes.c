/* test-iso-codes.c: country, currency and region names
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "nap-iso-codes.h"
#include "nap-test-util.h"

/* The entry of @code, which @model holds, or %NULL. */
static NapIsoEntry *
find_entry (GListModel *model,
            const char *code)
{
  guint position = nap_test_find_code (model, code);
  g_autoptr(NapIsoEntry) entry = position != G_MAXUINT ? g_list_model_get_item (model, position) : NULL;

  return entry;
}

static gboolean
has_name (GListModel *model,
          const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (nap_iso_entry_get_name (entry), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_sorted (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapIsoEntry) a = g_list_model_get_item (model, i - 1);
      g_autoptr(NapIsoEntry) b = g_list_model_get_item (model, i);

      g_assert_cmpstr (nap_iso_entry_get_sort_key (a), <=,
                       nap_iso_entry_get_sort_key (b));
    }
}

static void
test_countries (void)
{
  GListModel *countries = nap_iso_codes_get_countries ();
  NapIsoEntry *mali;
  g_autofree char *name = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (countries), >, 240);
  g_assert_true (g_list_model_get_item_type (countries) == NAP_TYPE_ISO_ENTRY);
  assert_sorted (countries);

  mali = find_entry (countries, "ML");
  g_assert_nonnull (mali);
  g_object_get (mali, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Mali");

  g_assert_true (nap_iso_codes_is_country ("ML"));
  g_assert_true (nap_iso_codes_is_country ("SN"));
  g_assert_false (nap_iso_codes_is_country ("XX"));
  g_assert_false (nap_iso_codes_is_country ("ml"));
  g_assert_false (nap_iso_codes_is_country (""));
  g_assert_false (nap_iso_codes_is_country (NULL));
  g_assert_cmpstr (nap_iso_codes_country_name ("ML"), ==, "Mali");
  g_assert_cmpstr (nap_iso_codes_country_name ("FR"), ==, "France");
  /* The common name, not the official one. */
  g_assert_cmpstr (nap_iso_codes_country_name ("BO"), ==, "Bolivia");
  g_assert_null (nap_iso_codes_country_name ("XX"));

  /* The same shared list every time. */
  g_assert_true (nap_iso_codes_get_countries () == countries);
}

static void
test_currencies (void)
{
  GListModel *currencies = nap_iso_codes_get_currencies ();

  g_assert_cmpuint (g_list_model_get_n_items (currencies), >, 100);
  assert_sorted (currencies);
  g_assert_nonnull (find_entry (currencies, "XOF"));
  g_assert_nonnull (find_entry (currencies, "XAF"));
  g_assert_nonnull (find_entry (currencies, "EUR"));
  g_assert_true (nap_iso_codes_is_currency ("XOF"));
  g_assert_cmpstr (nap_iso_codes_currency_name ("XOF"), ==, "CFA Franc BCEAO");

  /* Gold and the test code are not money. */
  g_assert_false (nap_iso_codes_is_currency ("XAU"));
  g_assert_false (nap_iso_codes_is_currency ("XTS"));
  g_assert_null (find_entry (currencies, "XXX"));
  g_assert_false (nap_iso_codes_is_currency ("ML"));
  g_assert_false (nap_iso_codes_is_currency (NULL));
  g_assert_null (nap_iso_codes_currency_name ("ZZZ"));
}

static void
test_subdivisions (void)
{
  GListModel *mali = nap_iso_codes_get_subdivisions ("ML");
  GListModel *france = nap_iso_codes_get_subdivisions ("FR");
  NapIsoEntry *kayes;

  /* Ten regions and the capital district. */
  g_assert_cmpuint (g_list_model_get_n_items (mali), ==, 11);
  assert_sorted (mali);
  kayes = find_entry (mali, "ML-1");
  g_assert_nonnull (kayes);
  g_assert_cmpstr (nap_iso_entry_get_name (kayes), ==, "Kayes");
  g_assert_true (has_name (mali, "Bamako"));

  /* Regions only, not the departments inside them. */
  g_assert_true (has_name (france, "Bretagne"));
  g_assert_null (find_entry (france, "FR-01"));
  g_assert_false (has_name (france, "Ain"));

  g_assert_cmpuint (g_list_model_get_n_items (nap_iso_codes_get_subdivisions ("XX")), ==, 0);
  g_assert_true (g_list_model_get_item_type (nap_iso_codes_get_subdivisions ("XX")) == NAP_TYPE_ISO_ENTRY);
}

static void
test_default_currency (void)
{
  static const char * const uemoa[] = { "BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG" };
  static const char * const cemac[] = { "CM", "CF", "TD", "CG", "GQ", "GA" };

  for (guint i = 0; i < G_N_ELEMENTS (uemoa); i++)
    g_assert_cmpstr (nap_iso_codes_default_currency (uemoa[i]), ==, "XOF");
  for (guint i = 0; i < G_N_ELEMENTS (cemac); i++)
    g_assert_cmpstr (nap_iso_codes_default_currency (cemac[i]), ==, "XAF");
  g_assert_null (nap_iso_codes_default_currency ("FR"));
  g_assert_null (nap_iso_codes_default_currency ("CD"));
  g_assert_null (nap_iso_codes_default_currency (NULL));
}

/* Names are read once per process in the locale of the first call, hence
 * the subprocess.
 */
static void
test_french (void)
{
  g_autofree char *mo = g_build_filename (ISO_CODES_LOCALEDIR, "fr", "LC_MESSAGES",
                                          "iso_3166-1.mo", NULL);

  if (g_test_subprocess ())
    {
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      g_setenv ("LANGUAGE", "fr", TRUE);
      setlocale (LC_ALL, "");

      g_assert_cmpstr (nap_iso_codes_country_name ("DE"), ==, "Allemagne");
      g_assert_cmpstr (nap_iso_codes_country_name ("FR"), ==, "France");
      g_assert_true (has_name (nap_iso_codes_get_countries (), "Allemagne"));
      assert_sorted (nap_iso_codes_get_countries ());
      return;
    }

  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The French translations of iso-codes are not installed");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* No iso-codes, or damaged files: empty lists, no crash, no warning. */
static void
test_missing_files (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("nap-test-iso-XXXXXX", &error);
      g_autofree char *broken = NULL;
      g_autofree char *wrong = NULL;

      g_assert_no_error (error);
      broken = g_build_filename (dir, "iso_3166-1.json", NULL);
      g_file_set_contents (broken, "{ \"3166-1\": [ { \"alpha_2\": ", -1, &error);
      g_assert_no_error (error);
      wrong = g_build_filename (dir, "iso_4217.json", NULL);
      g_file_set_contents (wrong, "[ 1, 2, 3 ]", -1, &error);
      g_assert_no_error (error);
      g_setenv ("NAP_ISO_CODES_DIR", dir, TRUE);

      g_assert_cmpuint (g_list_model_get_n_items (nap_iso_codes_get_countries ()), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (nap_iso_codes_get_currencies ()), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (nap_iso_codes_get_subdivisions ("ML")), ==, 0);
      g_assert_false (nap_iso_codes_is_country ("ML"));
      g_assert_false (nap_iso_codes_is_currency ("XOF"));
      g_assert_null (nap_iso_codes_country_name ("ML"));
      /* Known without the files. */
      g_assert_cmpstr (nap_iso_codes_default_currency ("ML"), ==, "XOF");

      g_unlink (broken);
      g_unlink (wrong);
      g_rmdir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*WARNING*");
  g_test_trap_assert_stderr_unmatched ("*CRITICAL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/iso-codes/countries", test_countries);
  g_test_add_func ("/iso-codes/currencies", test_currencies);
  g_test_add_func ("/iso-codes/subdivisions", test_subdivisions);
  g_test_add_func ("/iso-codes/default-currency", test_default_currency);
  g_test_add_func ("/iso-codes/french", test_french);
  g_test_add_func ("/iso-codes/missing-files", test_missing_files);

  return g_test_run ();
}
