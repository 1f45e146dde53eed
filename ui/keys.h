// keys.h: physical key codes for shortcuts ImGui 1.86 has no named key for.
//
// ImGui 1.86 indexes io.KeysDown by the platform backend's key code; both our hosts use SDL2, whose scancodes are
// the USB HID keyboard usage IDs (a platform-neutral standard), so the views can name keys without including SDL.
#pragma once

namespace dhrv::ui::keys {

constexpr int F = 9;
constexpr int Num0 = 39;
constexpr int Minus = 45;
constexpr int Equals = 46;
constexpr int Slash = 56;
constexpr int KeypadMinus = 86;
constexpr int KeypadPlus = 87;
constexpr int LeftShift = 225;
constexpr int RightShift = 229;

}  // namespace dhrv::ui::keys
