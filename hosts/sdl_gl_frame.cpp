#include "sdl_gl_frame.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>  // WebGL2
#else
#include <SDL_opengl.h>
#endif

namespace dhrv::hosts {

DrawableSize render_ui_frame(SDL_Window* window, ui::App& app, ui::Platform& platform) {
  // HiDPI: rasterise fonts at the drawable's pixel density.
  int ww = 0, wh = 0;
  DrawableSize d;
  SDL_GetWindowSize(window, &ww, &wh);
  SDL_GL_GetDrawableSize(window, &d.width, &d.height);
  const float scale = ww > 0 ? static_cast<float>(d.width) / static_cast<float>(ww) : 1.0f;
  if (scale != app.display.scale) {
    app.display.scale = scale;
    app.display.fonts_dirty = true;
  }
  if (app.display.fonts_dirty) {
    ui::rebuild_fonts(app);
    ui::apply_style(app);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ui::apply_injected_keys(app);
  ImGuiIO& io = ImGui::GetIO();
  if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;  // headless runs can repeat a timestamp (1.86 asserts)
  ImGui::NewFrame();
  ui::draw_frame(app, platform);
  ImGui::Render();
  glViewport(0, 0, d.width, d.height);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  return d;
}

}  // namespace dhrv::hosts
