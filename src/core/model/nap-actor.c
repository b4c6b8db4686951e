/* nap-actor.c: an institution or organisation that leads, supports, monitors, funds or takes part
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-actor.h"
#include "nap-record-private.h"

struct _NapActor
{
  NapRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (NapActor, nap_actor, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  N_PROPS,
};

/* The columns of the actor table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_NAME] = NAP_COLUMN_TEXT ("name", NC_("changed field", "name")),
  [PROP_KIND] = NAP_COLUMN_ENUM ("kind", NC_("changed field", "kind"), nap_actor_kind_get_type, NAP_ACTOR_KIND_OTHER),
};

static void
nap_actor_class_init (NapActorClass *klass)
{
  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "actor", columns, N_PROPS);
}

static void
nap_actor_init (NapActor *self)
{
}

/**
 * nap_actor_get_name:
 * @self: a #NapActor
 *
 * Returns: (transfer none): the name
 */
const char *
nap_actor_get_name (NapActor *self)
{
  g_return_val_if_fail (NAP_IS_ACTOR (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_NAME);
}

/**
 * nap_actor_get_kind:
 * @self: a #NapActor
 */
NapActorKind
nap_actor_get_kind (NapActor *self)
{
  g_return_val_if_fail (NAP_IS_ACTOR (self), 0);

  return (NapActorKind) nap_record_get_int_field (NAP_RECORD (self), PROP_KIND);
}
