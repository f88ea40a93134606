// kg: build a knowledge graph from news articles, query it, find paths and
// draw it. This file only parses arguments and dispatches to a subcommand.
#include <iostream>

#include "tools/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"kg: a knowledge graph of who did what to whom in the news", "kg"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "show help for every subcommand");
  kg::tools::Action action;
  kg::tools::AddImportCommand(app, &action);
  kg::tools::AddStatsCommand(app, &action);
  kg::tools::AddBenchCommand(app, &action);
  kg::tools::AddExportCommand(app, &action);
  kg::tools::AddQueryCommand(app, &action);
  kg::tools::AddShellCommand(app, &action);
  kg::tools::AddBenchQueryCommand(app, &action);
  kg::tools::AddPathCommand(app, &action);
  kg::tools::AddIngestCommand(app, &action);
  kg::tools::AddExtractCommand(app, &action);
  kg::tools::AddExplainCommand(app, &action);
  kg::tools::AddEvalCommand(app, &action);
  kg::tools::AddTrainCommand(app, &action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kg::tools::kExitUsage;
  }
  if (!action) return kg::tools::kExitUsage;
  return action();
}
