/* test-store-faults.c: a plan after a crash, and what every failure says
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-project-private.h"
#include "nap-project.h"
#include "nap-test-util.h"
#include "nap-xml-reader.h"
#include "nap-xml-writer.h"

typedef NapTestFolder Fixture;

/* The plan object made by nap_project_create() was indexed under its
 * UUID, then replaced by the one load() reads, and freed: the index kept
 * the freed object's string as its key (ASan: heap-use-after-free).
 */
static void
test_plan_finds_its_uuid (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  NapPlan *plan = nap_project_get_plan (project);
  const char *uuid = nap_record_get_uuid (NAP_RECORD (plan));
  g_autofree char *copy = g_strdup (uuid);
  gpointer key = NULL;
  gpointer value = NULL;

  g_assert_true (nap_project_lookup_uuid (project, copy) == NAP_RECORD (plan));

  /* Without ASan: the key must be the live record's own string. */
  g_assert_true (g_hash_table_lookup_extended (project->records_by_uuid, copy, &key, &value));
  g_assert_true (value == plan);
  g_assert_true (key == (gpointer) uuid);
}

/* After a crash mid-change, read-only commands (check, info, the exports,
 * merge --dry-run) said "open read-only; the change was not saved".
 */
static void
test_hot_journal_read_only (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = NULL;

  g_clear_object (&project);
  project = nap_test_create_sample_plan (fixture->path);
  g_clear_object (&project);

  nap_test_make_hot_journal (fixture->path, "plan");
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));

  store = nap_store_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  problems = nap_store_check_integrity (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  out = g_memory_output_stream_new_resizable ();
  g_assert_true (nap_xml_export_store (store, out, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (project)), ==, "Plan d’action national 1325");
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* Every primary result code, and the extended ones the program meets,
 * gives a sentence that names the user's file.
 */
static void
test_every_result_code (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  NapStore *store = nap_project_get_store (project);
  const int extended[] = {
    SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_DBMOVED,
    SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_CANTOPEN_NOTEMPDIR, SQLITE_BUSY_SNAPSHOT,
    SQLITE_CONSTRAINT_UNIQUE, SQLITE_CORRUPT_INDEX,
  };
  g_autoptr(GArray) codes = g_array_new (FALSE, FALSE, sizeof (int));

  for (int rc = SQLITE_ERROR; rc <= SQLITE_WARNING; rc++)
    g_array_append_val (codes, rc);
  g_array_append_vals (codes, extended, G_N_ELEMENTS (extended));

  for (guint i = 0; i < codes->len; i++)
    {
      int rc = g_array_index (codes, int, i);
      g_autoptr(GError) error = NULL;

      g_assert_false (nap_store_set_error (store, rc, &error));
      g_assert_nonnull (error);
      g_test_message ("%d: %s", rc, error->message);
      g_assert_true (error->domain == NAP_ERROR);
      g_assert_nonnull (strstr (error->message, "“plan.nap”"));
      /* A sentence, not "“plan.nap”: disk I/O error". */
      g_assert_false (g_str_has_prefix (error->message, "“plan.nap”: "));
      g_assert_true (g_str_has_suffix (error->message, "."));
      if ((rc & 0xff) == SQLITE_READONLY)
        g_assert_cmpint (error->code, !=, NAP_ERROR_FAILED);
    }
}

/* A symbolic link to a plan gave "unable to open database file". */
static void
test_symlinked_plan (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fixture->dir, "link.nap", NULL);
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(NapProject) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  g_clear_object (&project);
  g_assert_cmpint (symlink (fixture->path, link), ==, 0);
  opened = nap_project_open (link, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (opened);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
  expected = g_strdup_printf ("“link.nap” is a symbolic link, which NAP Drafter does not open. "
                              "Open the plan it points to, “%s”, instead.", fixture->path);
  g_assert_cmpstr (error->message, ==, expected);
}

/* An import onto a full disk named only its temporary file. */
static void
test_import_full_disk (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *mnt = g_build_filename (fixture->dir, "small", NULL);
  g_autofree char *xml = g_build_filename (fixture->dir, "plan.xml", NULL);
  g_autofree char *target = g_build_filename (mnt, "imported.nap", NULL);
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(NapProject) imported = NULL;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %d with a long title to fill pages", i);

      g_assert_nonnull (nap_project_add_objective (project, NULL, -1, title, &error));
      g_assert_no_error (error);
    }
  g_assert_true (nap_xml_export_to_file (project, xml, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (mount ("tmpfs", mnt, "tmpfs", 0, "size=64k") != 0)
    {
      g_test_skip ("A small tmpfs cannot be mounted here (not root, or no mount permission).");
      return;
    }

  imported = nap_xml_import (xml, target, &error);
  g_assert_null (imported);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“imported.nap”"));
  g_assert_null (strstr (error->message, ".nap-drafter-"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) d = g_dir_open (mnt, 0, NULL);

    g_assert_null (g_dir_read_name (d));
  }
  g_assert_cmpint (umount (mnt), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/store-faults/plan-finds-its-uuid", test_plan_finds_its_uuid),
    NAP_TEST_CASE ("/store-faults/hot-journal-read-only", test_hot_journal_read_only),
    NAP_TEST_CASE ("/store-faults/every-result-code", test_every_result_code),
    NAP_TEST_CASE ("/store-faults/symlinked-plan", test_symlinked_plan),
    NAP_TEST_CASE ("/store-faults/import-full-disk", test_import_full_disk),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_folder_set_up, nap_test_folder_tear_down, cases);

  return g_test_run ();
}
