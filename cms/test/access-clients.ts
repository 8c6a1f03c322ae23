import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

/**
 * The app's own REST and GraphQL route handlers (src/app/(payload)/api), called in-process
 * with real requests, as Next would call them: no server, no port, the same Payload.
 *
 * The config is imported on first use, not with this module: it picks its database when it
 * loads, and must see the test's DATABASE_URI (set by startPayload), not the default file.
 */
const config = () => import('../src/payload.config').then((module) => module.default)
type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const rest: Record<'GET' | 'POST' | 'PATCH' | 'DELETE', RouteHandler> = {
  GET: (request, args) => REST_GET(config())(request, args),
  POST: (request, args) => REST_POST(config())(request, args),
  PATCH: (request, args) => REST_PATCH(config())(request, args),
  DELETE: (request, args) => REST_DELETE(config())(request, args),
}
const graphqlPost = (request: Request) => GRAPHQL_POST(config())(request)
const ORIGIN = 'http://localhost:3000'

export interface Reply {
  status: number
  body: any
}

export interface UploadFile {
  data: Buffer
  mimetype: string
  name: string
}

interface RestOptions {
  token?: string
  query?: Record<string, string | number | boolean | undefined>
  json?: unknown
  /** Sent as multipart form data: the file, and the document as `_payload`, as the admin does. */
  upload?: { file: UploadFile; data: unknown }
}

/** One REST request through the app's route handlers, answered as the raw response (files, headers). */
export async function restRequest(method: keyof typeof rest, path: string, options: RestOptions = {}): Promise<Response> {
  const url = new URL(`/api/${path}`, ORIGIN)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.upload) {
    const form = new FormData()
    const { file } = options.upload
    form.set('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.set('_payload', JSON.stringify(options.upload.data))
    // Encoded up front, so the request says its length, as a browser's does.
    const encoded = new Response(form)
    headers.set('Content-Type', encoded.headers.get('Content-Type')!)
    const bytes = new Uint8Array(await encoded.arrayBuffer())
    headers.set('Content-Length', String(bytes.byteLength))
    body = bytes
  }
  const request = new Request(url, { method, headers, body })
  return rest[method](request, { params: Promise.resolve({ slug: path.split('/') }) })
}

/** One REST call, e.g. `restCall('PATCH', 'events/4', { json, query: { draft: true } })`. */
export async function restCall(method: keyof typeof rest, path: string, options: RestOptions = {}): Promise<Reply> {
  const response = await restRequest(method, path, options)
  const text = await response.text()
  const parsed = text ? JSON.parse(text) : null
  // A mistyped path must fail the test, not pass as "refused".
  if (response.status === 404 && /Route not found/.test(parsed?.message ?? '')) throw new Error(`No REST route: ${method} /api/${path}`)
  return { status: response.status, body: parsed }
}

/** Signs in through REST and returns the JWT, as the admin and API clients do. */
export async function restLogin(email: string, password: string): Promise<string> {
  const { status, body } = await restCall('POST', 'users/login', { json: { email, password } })
  if (status !== 200 || !body?.token) throw new Error(`Login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token
}

export interface GraphQLReply {
  data: any
  /** The first error's message and HTTP-like status (Payload puts it in `extensions.statusCode`). */
  error?: { message: string; status: number }
}

/** One GraphQL operation through the app's /api/graphql handler. */
export async function graphqlCall(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLReply> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(new URL('/api/graphql', ORIGIN), { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  const response = await graphqlPost(request)
  const body = await response.json()
  const first = body.errors?.[0]
  if (!first) return { data: body.data }
  const status = Number(first.extensions?.statusCode)
  // A malformed query has no status: that is a broken test, not a refusal.
  if (!status) throw new Error(`GraphQL error without a status: ${first.message}\n${query}`)
  return { data: body.data, error: { message: first.message, status } }
}

/** Signs in through GraphQL's own login mutation. */
export async function graphqlLogin(email: string, password: string): Promise<string> {
  const { data, error } = await graphqlCall(
    'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
    { email, password },
  )
  if (error || !data?.loginUser?.token) throw new Error(`GraphQL login failed for ${email}: ${error?.message}`)
  return data.loginUser.token
}

/** An id as a GraphQL literal: a number on SQLite, a quoted string on MongoDB. */
export const idLiteral = (id: number | string) => JSON.stringify(id)
