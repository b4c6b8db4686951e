/* nap-search-popover.c: a popover that finds an item of a list by typing
 *
 * Each item shows a code (dim, optional) and a text, indented by an
 * optional depth. Typing filters by either: a code matches from its start
 * ("1.1" finds 1.1 and what is under it, not 2.1.1), a text by the start
 * of its words, ignoring case and accents. The search keeps the focus,
 * the arrow keys move through the matches and Enter takes the highlighted
 * one, so the popover works without a mouse.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-search-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-search-popover.h"

struct _NapSearchPopover
{
  GtkPopover          parent_instance;

  GtkExpression      *code;
  GtkExpression      *text;
  GtkExpression      *depth;
  GtkCustomFilter    *filter;
  GtkFilterListModel *matches;
  GtkSingleSelection *selection;
  char               *search;

  GtkSearchEntry     *search_entry;
  GtkStack           *results_stack;
  GtkListView        *list_view;
  GtkLabel           *none_label;
};

G_DEFINE_FINAL_TYPE (NapSearchPopover, nap_search_popover, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
evaluate_string (GtkExpression *expression,
                 gpointer       item)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (expression == NULL || !gtk_expression_evaluate (expression, item, &value))
    return NULL;
  return g_value_dup_string (&value);
}

static int
evaluate_int (GtkExpression *expression,
              gpointer       item)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (expression == NULL || !gtk_expression_evaluate (expression, item, &value))
    return 0;
  return g_value_get_int (&value);
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  NapSearchPopover *self = user_data;
  g_autofree char *code = NULL;
  g_autofree char *text = NULL;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  code = evaluate_string (self->code, item);
  text = evaluate_string (self->text, item);
  return (code != NULL && g_str_has_prefix (code, self->search))
         || (text != NULL && g_str_match_string (self->search, text, TRUE));
}

static void
refilter (NapSearchPopover *self)
{
  guint n;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));
  gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "list" : "none");
  if (n > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_widget_add_css_class (code, "objective-code");
  gtk_widget_add_css_class (code, "numeric");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NapSearchPopover         *self)
{
  gpointer object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *code_label = gtk_widget_get_first_child (box);
  GtkWidget *text_label = gtk_widget_get_next_sibling (code_label);
  g_autofree char *code = evaluate_string (self->code, object);
  g_autofree char *text = evaluate_string (self->text, object);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (code_label), code != NULL ? code : "");
  gtk_widget_set_visible (code_label, code != NULL && *code != '\0');
  gtk_label_set_text (GTK_LABEL (text_label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (text_label, text);
  gtk_widget_set_margin_start (box, 12 * evaluate_int (self->depth, object));

  if (code != NULL && *code != '\0')
    /* Translators: how a screen reader names an item to pick: its code
     * and its text, e.g. "1.2 Create a legal environment"
     */
    accessible = g_strdup_printf (C_("item to pick", "%s %s"), code, text != NULL ? text : "");
  else
    accessible = g_strdup (text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box) != NULL
                                                  ? gtk_widget_get_parent (box) : box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* Choosing */

/**
 * nap_search_popover_choose:
 * @self: a #NapSearchPopover
 * @position: a position in nap_search_popover_get_matches()
 *
 * Closes the popover and emits #NapSearchPopover::chosen for that item.
 *
 * Returns: %FALSE if there is no match at @position
 */
gboolean
nap_search_popover_choose (NapSearchPopover *self,
                           guint             position)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (NAP_IS_SEARCH_POPOVER (self), FALSE);

  item = g_list_model_get_item (G_LIST_MODEL (self->matches), position);
  if (item == NULL)
    return FALSE;

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[CHOSEN], 0, item);
  return TRUE;
}

static void
list_activate_cb (NapSearchPopover *self,
                  guint             position)
{
  nap_search_popover_choose (self, position);
}

static void
search_activate_cb (NapSearchPopover *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION)
    nap_search_popover_choose (self, selected);
}

static void
search_changed_cb (NapSearchPopover *self)
{
  g_free (self->search);
  self->search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  refilter (self);
}

static void
stop_search_cb (NapSearchPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/**
 * nap_search_popover_move_selection:
 * @selection: a #GtkSingleSelection
 * @list_view: the list that shows @selection, scrolled to the new one
 *
 * Moves the highlighted item of a list of suggestions on Up and Down, for
 * a field that keeps the focus while its suggestions show.
 *
 * Returns: %TRUE if @keyval was Up or Down and there was something to
 *   highlight
 */
gboolean
nap_search_popover_move_selection (GtkSingleSelection *selection,
                                   GtkWidget          *list_view,
                                   guint               keyval)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  guint selected = gtk_single_selection_get_selected (selection);

  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), FALSE);

  if (n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      selected = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      selected = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;

    default:
      return FALSE;
    }

  gtk_single_selection_set_selected (selection, selected);
  gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", selected);
  return TRUE;
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       NapSearchPopover      *self)
{
  return nap_search_popover_move_selection (self->selection, GTK_WIDGET (self->list_view), keyval);
}

/* GObject */

static void
nap_search_popover_show (GtkWidget *widget)
{
  NapSearchPopover *self = NAP_SEARCH_POPOVER (widget);

  /* Each time with an empty search. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->search, g_free);
  refilter (self);

  GTK_WIDGET_CLASS (nap_search_popover_parent_class)->show (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
nap_search_popover_dispose (GObject *object)
{
  NapSearchPopover *self = NAP_SEARCH_POPOVER (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->matches);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->code, gtk_expression_unref);
  g_clear_pointer (&self->text, gtk_expression_unref);
  g_clear_pointer (&self->depth, gtk_expression_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_SEARCH_POPOVER);

  G_OBJECT_CLASS (nap_search_popover_parent_class)->dispose (object);
}

static void
nap_search_popover_finalize (GObject *object)
{
  NapSearchPopover *self = NAP_SEARCH_POPOVER (object);

  g_free (self->search);

  G_OBJECT_CLASS (nap_search_popover_parent_class)->finalize (object);
}

static void
nap_search_popover_class_init (NapSearchPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_search_popover_dispose;
  object_class->finalize = nap_search_popover_finalize;
  widget_class->show = nap_search_popover_show;

  /**
   * NapSearchPopover::chosen:
   * @item: the item the user picked
   */
  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-search-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, NapSearchPopover, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NapSearchPopover, results_stack);
  gtk_widget_class_bind_template_child (widget_class, NapSearchPopover, list_view);
  gtk_widget_class_bind_template_child (widget_class, NapSearchPopover, none_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
nap_search_popover_init (NapSearchPopover *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *key;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->matches = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->matches)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);
}

/**
 * nap_search_popover_new:
 *
 * Returns: (transfer floating): a new #NapSearchPopover
 */
GtkWidget *
nap_search_popover_new (void)
{
  return g_object_new (NAP_TYPE_SEARCH_POPOVER, NULL);
}

/**
 * nap_search_popover_set_model:
 * @self: a #NapSearchPopover
 * @items: (nullable): the items to choose from
 */
void
nap_search_popover_set_model (NapSearchPopover *self,
                              GListModel       *items)
{
  g_return_if_fail (NAP_IS_SEARCH_POPOVER (self));
  g_return_if_fail (items == NULL || G_IS_LIST_MODEL (items));

  gtk_filter_list_model_set_model (self->matches, items);
  refilter (self);
}

/**
 * nap_search_popover_set_fields:
 * @self: a #NapSearchPopover
 * @code: (nullable) (transfer none): evaluates an item to its code, a string
 * @text: (transfer none): evaluates an item to its text, a string
 * @depth: (nullable) (transfer none): evaluates an item to how far to
 *   indent it, an int
 */
void
nap_search_popover_set_fields (NapSearchPopover *self,
                               GtkExpression    *code,
                               GtkExpression    *text,
                               GtkExpression    *depth)
{
  g_return_if_fail (NAP_IS_SEARCH_POPOVER (self));
  g_return_if_fail (text != NULL);

  g_clear_pointer (&self->code, gtk_expression_unref);
  g_clear_pointer (&self->text, gtk_expression_unref);
  g_clear_pointer (&self->depth, gtk_expression_unref);
  self->code = code != NULL ? gtk_expression_ref (code) : NULL;
  self->text = gtk_expression_ref (text);
  self->depth = depth != NULL ? gtk_expression_ref (depth) : NULL;
  refilter (self);
}

/**
 * nap_search_popover_set_labels:
 * @self: a #NapSearchPopover
 * @search_label: the accessible name and placeholder of the search
 * @list_label: the accessible name of the list
 * @no_match: what is shown when nothing matches
 */
void
nap_search_popover_set_labels (NapSearchPopover *self,
                               const char       *search_label,
                               const char       *list_label,
                               const char       *no_match)
{
  g_return_if_fail (NAP_IS_SEARCH_POPOVER (self));

  g_object_set (self->search_entry, "placeholder-text", search_label, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, search_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label,
                                  -1);
  gtk_label_set_text (self->none_label, no_match);
}

/**
 * nap_search_popover_set_search:
 * @self: a #NapSearchPopover
 * @text: (nullable): what to search for; %NULL clears the search
 *
 * Types @text in the search, as the user would.
 */
void
nap_search_popover_set_search (NapSearchPopover *self,
                               const char       *text)
{
  g_return_if_fail (NAP_IS_SEARCH_POPOVER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* The entry reports changes after a delay: do not wait for it. */
  search_changed_cb (self);
}

/**
 * nap_search_popover_get_matches:
 * @self: a #NapSearchPopover
 *
 * Returns: (transfer none): the items the search shows, in order
 */
GListModel *
nap_search_popover_get_matches (NapSearchPopover *self)
{
  g_return_val_if_fail (NAP_IS_SEARCH_POPOVER (self), NULL);

  return G_LIST_MODEL (self->matches);
}
