#include "CliContext.h"
namespace dibao::cli {
int cmdDemo(Context &ctx) { return ctx.usage(QStringLiteral("pending")); }
}
