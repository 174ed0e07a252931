// The single gate in front of every handler: the call must come from the app's own origin and
// carry valid arguments. A bad call is answered with a typed error, never a crash.
import type { ApiEnvelope, ApiErrorShape, InvokeName } from '../shared/api/contract'
import { invokeChannels } from '../shared/api/contract'
import { validateArguments } from '../shared/api/validation'
import { errorDetail } from '../shared/system-error'
import type { Handlers } from './handlers'

type Envelope = ApiEnvelope

const failure = (code: ApiErrorShape['code'], message: string): Envelope => ({
  ok: false,
  error: { name: 'NewsroomApiError', code, message },
})

export function isInvokeName(name: string): name is InvokeName {
  return Object.hasOwn(invokeChannels, name)
}

/** True when `url` (the sending frame's URL) is on one of the trusted origins. */
export function isTrustedSender(
  url: string | null | undefined,
  origins: readonly string[],
): boolean {
  if (url === null || url === undefined || url === '') return false
  try {
    const parsed = new URL(url)
    const origin = parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin
    return origins.includes(origin)
  } catch {
    return false
  }
}

export async function dispatch(
  handlers: Handlers,
  name: string,
  args: unknown,
  senderUrl: string | null | undefined,
  trustedOrigins: readonly string[],
): Promise<Envelope> {
  if (!isTrustedSender(senderUrl, trustedOrigins)) {
    return failure('bad-sender', `Refused ${name}: the sender is not the app.`)
  }
  if (!isInvokeName(name)) return failure('bad-arguments', `Unknown operation ${name}.`)
  const checked = validateArguments(name, args)
  if (!checked.ok) return failure('bad-arguments', `${name}: ${checked.message}`)
  try {
    const handler = handlers[name] as (...values: unknown[]) => Promise<unknown>
    return { ok: true, value: await handler(...(checked.args as unknown[])) }
  } catch (error) {
    // A system error's message starts with its code, which the renderer maps to a sentence.
    return failure('failed', errorDetail(error))
  }
}
