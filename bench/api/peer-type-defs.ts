/**
 * The peer of the benchmark: the GraphQL API a Neo4j user would generate with @neo4j/graphql over
 * the same database — node types with their relationship fields, the same full-text index, and a
 * `@cypher` field for shortest paths (the library has none built in), over the same link types
 * our `shortestPaths` follows by default.
 */

/** Link types both APIs' shortest paths follow (ours by default: everything but hubs). */
export const PATH_TYPES =
  'OWNS|DIRECTOR_OF|MEMBER_OF|FAMILY_OF|ASSOCIATE_OF|HOLDS_ACCOUNT|SENT|TO|DEPOSITED_BY|SETTLES|OPERATES|SOLD_TO|HOLDS_LICENCE|COVERS|APPROVED_BY|INSIDE|EXPORTED|CONSIGNED_TO|DECLARED_ORIGIN|CARRIED_BY|RECEIVED_BY|SEIZED|INVOLVED_IN|TAKEN_FROM|COMPARED_WITH|REGISTERED_AT|DEFENDANT_IN|ARISING_FROM';

const party = `
  id: ID!
  name: String
  aliases: [String!]
  owns: [Company!]! @relationship(type: "OWNS", direction: OUT)
  directorOf: [Company!]! @relationship(type: "DIRECTOR_OF", direction: OUT)
  accounts: [BankAccount!]! @relationship(type: "HOLDS_ACCOUNT", direction: OUT)
  addresses: [Address!]! @relationship(type: "REGISTERED_AT", direction: OUT)
  shortestPathTo(to: ID!): [String!]!
    @cypher(
      statement: """
      MATCH (b:Entity {id: $to})
      MATCH p = SHORTEST 1 (this)-[:${PATH_TYPES}]-{1,6}(b)
      RETURN [n IN nodes(p) | n.id] AS ids
      """
      columnName: "ids"
    )`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
type Person @node(labels: ["Person", "Entity"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchPeople", fields: ["name"] }]) {
  ${party}
  identifiers: [String!]
  familyOf: [Person!]! @relationship(type: "FAMILY_OF", direction: OUT)
  associateOf: [Person!]! @relationship(type: "ASSOCIATE_OF", direction: OUT)
  memberOf: [CriminalGroup!]! @relationship(type: "MEMBER_OF", direction: OUT)
}

type Company @node(labels: ["Company", "Entity"]) {
  ${party}
  ownedBy: [Person!]! @relationship(type: "OWNS", direction: IN)
  directors: [Person!]! @relationship(type: "DIRECTOR_OF", direction: IN)
  exported: [Shipment!]! @relationship(type: "EXPORTED", direction: OUT)
}

type BankAccount @node(labels: ["BankAccount", "Entity"]) {
  id: ID!
  accountNumber: String
  bank: String
  holders: [Person!]! @relationship(type: "HOLDS_ACCOUNT", direction: IN)
  sent: [Transaction!]! @relationship(type: "SENT", direction: OUT)
  received: [Transaction!]! @relationship(type: "TO", direction: IN)
}

type Transaction @node(labels: ["Transaction", "Entity"]) {
  id: ID!
  amountUsd: Float
}

type Address @node(labels: ["Address", "Entity"]) {
  id: ID!
  text: String
}

type CriminalGroup @node(labels: ["CriminalGroup", "Entity"]) {
  id: ID!
  name: String
}

type Shipment @node(labels: ["Shipment", "Entity"]) {
  id: ID!
  fineKg: Float
}
`;
