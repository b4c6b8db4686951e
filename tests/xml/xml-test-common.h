/* xml-test-common.h: plans, files and exports for the NAP XML tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-error.h"
#include "nap-project.h"
#include "nap-test-util.h"
#include "nap-xml-reader.h"
#include "nap-xml-writer.h"

G_BEGIN_DECLS

/* A folder of its own for each test, removed with what it holds. */
typedef struct
{
  char *dir;
} XmlFixture;

void        xml_fixture_set_up        (XmlFixture         *fixture,
                                       gconstpointer       data);
void        xml_fixture_tear_down     (XmlFixture         *fixture,
                                       gconstpointer       data);
char       *xml_fixture_path          (XmlFixture         *fixture,
                                       const char         *name);

char       *xml_test_source_path      (const char         *first,
                                       ...) G_GNUC_NULL_TERMINATED;
char       *xml_test_read             (const char         *path);
char       *xml_test_export           (NapProject         *project,
                                       NapXmlExportFlags   flags);
NapProject *xml_test_import           (const char         *xml_path,
                                       const char         *project_path);
NapProject *xml_test_full_plan        (const char         *path);

G_END_DECLS
