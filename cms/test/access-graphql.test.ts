import { describeAccessMatrix } from './access-matrix'

/**
 * The access matrix through the app's GraphQL handler, each role signed in with GraphQL's own
 * login mutation. (GraphQL carries no files: media creation checks access, then asks for one.)
 */
describeAccessMatrix('graphql')
