/* nap-xml-output.h: NAP XML in canonical form, element by element
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the output can write as a count (participants, quantities...). */
#define NAP_XML_MAX_COUNT 999999999

typedef struct _NapXmlOutput NapXmlOutput;

NapXmlOutput *nap_xml_output_new           (GOutputStream  *out,
                                            GError        **error);
gboolean      nap_xml_output_finish        (NapXmlOutput   *self);

void          nap_xml_output_start         (NapXmlOutput   *self,
                                            const char     *name);
void          nap_xml_output_end           (NapXmlOutput   *self);
void          nap_xml_output_attr          (NapXmlOutput   *self,
                                            const char     *name,
                                            const char     *value);
void          nap_xml_output_attr_nonempty (NapXmlOutput   *self,
                                            const char     *name,
                                            const char     *value);
void          nap_xml_output_attr_int      (NapXmlOutput   *self,
                                            const char     *name,
                                            gint64          value);
void          nap_xml_output_attr_count    (NapXmlOutput   *self,
                                            const char     *name,
                                            gint64          value);
void          nap_xml_output_content       (NapXmlOutput   *self,
                                            const char     *value);
void          nap_xml_output_text_element  (NapXmlOutput   *self,
                                            const char     *name,
                                            const char     *value);

G_END_DECLS
