/** `signIn`: a user name and password for a bearer token (see auth/sessions). */
import type { ApiContext } from '../context';

export const authResolvers = {
  Mutation: {
    signIn: (_parent: unknown, args: { name: string; password: string }, ctx: ApiContext) =>
      ctx.sessions.signIn(args.name, args.password, ctx.audit),
  },
};
