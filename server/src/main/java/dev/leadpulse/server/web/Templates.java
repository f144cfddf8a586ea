package dev.leadpulse.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** The dashboard's templates, compiled into the jar at build time; rendered to a response. */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code name} (a path under {@code src/main/jte}) with {@code params} as the response. */
  public void render(Context ctx, String name, Map<String, Object> params) {
    ctx.html(render(name, params));
  }

  public String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, params, out);
    return out.toString();
  }
}
