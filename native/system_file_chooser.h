// system_file_chooser.h: the desktop's own file chooser (GTK's, which goes through the XDG desktop portal where one
// runs, as in Flatpak or GNOME, and is GTK's dialog otherwise). Where GTK cannot start, or the program was built
// without it, `available()` is false and the viewer keeps its typed-path dialog.
#pragma once

#include <string>
#include <vector>

namespace dhrv::native {

enum class ChooseWhat { files, folder };

// Whether a system chooser can be shown (starts GTK once; false without a display or without GTK).
bool system_file_chooser_available();
// Shows the chooser and waits for the person: the chosen paths, or none when they cancelled.
std::vector<std::string> choose_with_system_dialog(ChooseWhat what);

}  // namespace dhrv::native
