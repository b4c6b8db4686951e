/* nap-progress.c: how far a job of the core has come
 *
 * A job (import, merge, export) runs in a worker thread and says which
 * stage it is in, with a translated sentence, how much of the whole is
 * done, and whether a cancel can still stop it. Whoever shows that (a
 * dialog, a test) reads it on the thread that made the NapProgress: the
 * worker's updates are passed there one by one, in order, and each is
 * announced with GObject::notify. Nothing is dropped, so every stage is
 * seen; jobs have a handful of stages, not thousands.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-progress"

#include "config.h"

#include "nap-progress.h"

struct _NapProgress
{
  GObject parent_instance;

  GMainContext *context; /* where the updates are shown */
  char *stage;
  double fraction;
  gboolean cancellable;
};

G_DEFINE_FINAL_TYPE (NapProgress, nap_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_FRACTION,
  PROP_CANCELLABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  NapProgress *progress;
  char *stage;
  double fraction;
  gboolean cancellable;
} Update;

static void
update_free (gpointer data)
{
  Update *update = data;

  g_object_unref (update->progress);
  g_free (update->stage);
  g_free (update);
}

static void
nap_progress_finalize (GObject *object)
{
  NapProgress *self = NAP_PROGRESS (object);

  g_main_context_unref (self->context);
  g_free (self->stage);

  G_OBJECT_CLASS (nap_progress_parent_class)->finalize (object);
}

static void
nap_progress_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NapProgress *self = NAP_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_CANCELLABLE:
      g_value_set_boolean (value, self->cancellable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_progress_class_init (NapProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nap_progress_finalize;
  object_class->get_property = nap_progress_get_property;

  /**
   * NapProgress:stage:
   *
   * What the job is doing, as a translated sentence.
   */
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * NapProgress:fraction:
   *
   * How much of the job is done, from 0 to 1; it never goes back.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * NapProgress:cancellable:
   *
   * Whether cancelling the job would still stop it: a merge that is
   * writing cannot be stopped halfway.
   */
  properties[PROP_CANCELLABLE] =
    g_param_spec_boolean ("cancellable", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nap_progress_init (NapProgress *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->cancellable = TRUE;
}

/**
 * nap_progress_new:
 *
 * Makes a progress for one job, shown on the thread that calls this (its
 * thread-default main context).
 *
 * Returns: (transfer full): a new progress, at no stage yet
 */
NapProgress *
nap_progress_new (void)
{
  return g_object_new (NAP_TYPE_PROGRESS, NULL);
}

/**
 * nap_progress_get_stage:
 * @self: a #NapProgress
 *
 * Returns: (transfer none) (nullable): what the job is doing, or %NULL
 *   before it starts
 */
const char *
nap_progress_get_stage (NapProgress *self)
{
  g_return_val_if_fail (NAP_IS_PROGRESS (self), NULL);

  return self->stage;
}

/**
 * nap_progress_get_fraction:
 * @self: a #NapProgress
 *
 * Returns: how much of the job is done, from 0 to 1
 */
double
nap_progress_get_fraction (NapProgress *self)
{
  g_return_val_if_fail (NAP_IS_PROGRESS (self), 0.0);

  return self->fraction;
}

/**
 * nap_progress_get_cancellable:
 * @self: a #NapProgress
 *
 * Returns: whether cancelling the job would still stop it
 */
gboolean
nap_progress_get_cancellable (NapProgress *self)
{
  g_return_val_if_fail (NAP_IS_PROGRESS (self), FALSE);

  return self->cancellable;
}

static gboolean
apply_update (gpointer data)
{
  Update *update = data;
  NapProgress *self = update->progress;

  g_object_freeze_notify (G_OBJECT (self));
  if (update->stage != NULL && g_strcmp0 (update->stage, self->stage) != 0)
    {
      g_free (self->stage);
      self->stage = g_strdup (update->stage);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
    }
  if (update->fraction > self->fraction)
    {
      self->fraction = MIN (update->fraction, 1.0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
  if (update->cancellable != self->cancellable)
    {
      self->cancellable = update->cancellable;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLABLE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  return G_SOURCE_REMOVE;
}

/**
 * nap_progress_update:
 * @self: (nullable): the job's progress; %NULL if nobody watches
 * @stage: (nullable): a translated sentence, or %NULL to keep the last
 * @fraction: how much of the job is done, from 0 to 1
 * @cancellable: whether a cancel would still stop the job
 *
 * Says how far the job has come; callable from any thread. The update is
 * shown in @self's main context, after every earlier one.
 */
void
nap_progress_update (NapProgress *self,
                     const char  *stage,
                     double       fraction,
                     gboolean     cancellable)
{
  Update *update;

  if (self == NULL)
    return;
  g_return_if_fail (NAP_IS_PROGRESS (self));

  update = g_new0 (Update, 1);
  update->progress = g_object_ref (self);
  update->stage = g_strdup (stage);
  update->fraction = CLAMP (fraction, 0.0, 1.0);
  update->cancellable = cancellable;

  /* Always through the context, even from its own thread: the order of
   * the updates is then the order of the calls.
   */
  {
    g_autoptr(GSource) source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, apply_update, update, update_free);
    g_source_set_static_name (source, "[nap] progress update");
    g_source_attach (source, self->context);
  }
}
