#include "system_file_chooser.h"

#ifdef DHRV_HAVE_GTK
#include <gtk/gtk.h>
#endif

namespace dhrv::native {

#ifdef DHRV_HAVE_GTK

bool system_file_chooser_available() {
  static const bool ok = [] {
    // GTK would switch the whole program to the system's locale: number formats in exports and the window
    // title's encoding must not change because a dialog library was started.
    gtk_disable_setlocale();
    return gtk_init_check(nullptr, nullptr) != FALSE;
  }();
  return ok;
}

std::vector<std::string> choose_with_system_dialog(ChooseWhat what) {
  std::vector<std::string> out;
  if (!system_file_chooser_available()) return out;
  const bool folder = what == ChooseWhat::folder;
  GtkFileChooserNative* dialog = gtk_file_chooser_native_new(
      folder ? "Open a folder of review files" : "Open review files", nullptr,
      folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN, "_Open", "_Cancel");
  GtkFileChooser* chooser = GTK_FILE_CHOOSER(dialog);
  gtk_file_chooser_set_select_multiple(chooser, TRUE);
  gtk_file_chooser_set_local_only(chooser, TRUE);  // the viewer reads files on this machine only
  if (!folder) {
    // What the viewer reads, offered first; "All files" beside it, since files are recognised by content.
    GtkFileFilter* reviews = gtk_file_filter_new();
    gtk_file_filter_set_name(reviews, "Review files (PDF, summary pages, CSV, HTML, JSON, index)");
    for (const char* p : {"*.pdf", "*.PDF", "*.txt", "*.csv", "*.html", "*.htm", "*.json", "*.dhrvidx"})
      gtk_file_filter_add_pattern(reviews, p);
    gtk_file_chooser_add_filter(chooser, reviews);
    GtkFileFilter* all = gtk_file_filter_new();
    gtk_file_filter_set_name(all, "All files");
    gtk_file_filter_add_pattern(all, "*");
    gtk_file_chooser_add_filter(chooser, all);
  }
  if (gtk_native_dialog_run(GTK_NATIVE_DIALOG(dialog)) == GTK_RESPONSE_ACCEPT) {
    GSList* names = gtk_file_chooser_get_filenames(chooser);
    for (GSList* n = names; n; n = n->next) {
      out.emplace_back(static_cast<const char*>(n->data));
      g_free(n->data);
    }
    g_slist_free(names);
  }
  g_object_unref(dialog);
  while (gtk_events_pending()) gtk_main_iteration();  // let the dialog's window go away now
  return out;
}

#else

bool system_file_chooser_available() { return false; }
std::vector<std::string> choose_with_system_dialog(ChooseWhat) { return {}; }

#endif

}  // namespace dhrv::native
