// A database whose queries a test can see as they run: those Kysely builds on each request
// (`built`, as operation nodes) and those compiled once and run as prepared statements
// (`prepared`, as SQL with its values; store/compiled-query.ts).
import type { Kysely, RootOperationNode } from 'kysely';
import { preparedRunnerOf, registerPreparedRunner } from '../store/compiled-query.ts';

export type QueryWatch = {
  built?(node: RootOperationNode): void;
  prepared(text: string, values: readonly unknown[]): void;
};

export function watchQueries<DB>(db: Kysely<DB>, watch: QueryWatch): Kysely<DB> {
  const watched = db.withPlugin({
    transformQuery: (args) => {
      watch.built?.(args.node);
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  const runner = preparedRunnerOf(db);
  if (runner)
    registerPreparedRunner(watched, {
      all: (text, values) => {
        watch.prepared(text, values);
        return runner.all(text, values);
      },
    });
  return watched;
}
