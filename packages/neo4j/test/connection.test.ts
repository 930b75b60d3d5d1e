import { describe, expect, it } from 'vitest';
import { connectionFromEnv, defaultDatabase } from '../src/connection';

describe('connectionFromEnv', () => {
  it('returns null without NEO4J_URI, so the caller uses the local instance', () => {
    expect(connectionFromEnv({})).toBeNull();
    expect(connectionFromEnv({ NEO4J_URI: '  ', NEO4J_PASSWORD: 'x' })).toBeNull();
  });

  it('takes an external server as is, with user neo4j by default', () => {
    expect(
      connectionFromEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 's3cret' }),
    ).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 's3cret',
      database: undefined,
    });
  });

  it('honours NEO4J_USER and NEO4J_DATABASE', () => {
    const env = {
      NEO4J_URI: 'bolt://10.0.0.5:7687',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'cases',
    };
    expect(connectionFromEnv(env)).toEqual({
      uri: 'bolt://10.0.0.5:7687',
      user: 'analyst',
      password: 'pw',
      database: 'cases',
    });
    expect(defaultDatabase(env)).toBe('cases');
    expect(defaultDatabase({})).toBeUndefined();
  });
});
