/**
 * Tells a request that provably never reached the target: the keep-alive socket it went out on had
 * already carried an earlier exchange (so the target may have closed it while idle), and it closed before a
 * single byte of this request's answer. Only such a request may be sent again; any other failure is the
 * target's and is reported.
 *
 * undici does not say which socket a request used, so this watches its `undici:client:sendHeaders`
 * diagnostics channel: per socket, how many requests were written on it and how many bytes it had read when
 * the last one was written. undici's SocketError carries the socket's addresses and bytes read.
 */
import { subscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";

interface SocketUse {
  socket: Socket;
  /** Requests written on the socket so far. */
  sends: number;
  /** socket.bytesRead when the latest request was written. */
  bytesReadAtSend: number;
}

const uses = new Map<string, SocketUse>();
/** The same uses by socket: every request of a run is written on a socket met before, found here without a key. */
const usesBySocket = new WeakMap<Socket, SocketUse>();
let watching = false;

const keyOf = (info: {
  localAddress?: string | undefined;
  localPort?: number | undefined;
  remoteAddress?: string | undefined;
  remotePort?: number | undefined;
}): string => `${info.localAddress}:${info.localPort}>${info.remoteAddress}:${info.remotePort}`;

/** Starts watching sockets (once per process); call before the first request of a client. */
export function watchSockets(): void {
  if (watching) return;
  watching = true;
  subscribe("undici:client:sendHeaders", (message) => {
    const { socket } = message as { socket: Socket };
    const use = usesBySocket.get(socket);
    if (use) {
      use.sends++;
      use.bytesReadAtSend = socket.bytesRead;
      return;
    }
    const key = keyOf(socket);
    const fresh = { socket, sends: 1, bytesReadAtSend: socket.bytesRead };
    uses.set(key, fresh);
    usesBySocket.set(socket, fresh);
    // Forgotten a little after the close, so the failed request's handler can still look it up.
    socket.once("close", () => setTimeout(() => uses.get(key) === fresh && uses.delete(key), 1_000).unref());
  });
}

/** Whether `error` is a socket closed before any byte of the answer, on a socket reused from the pool. */
export function neverReachedTarget(error: unknown): boolean {
  const { code, socket } = (error ?? {}) as {
    code?: unknown;
    socket?: { bytesRead?: number; localPort?: number; remotePort?: number; localAddress?: string; remoteAddress?: string };
  };
  if (code !== "UND_ERR_SOCKET" || !socket) return false;
  const use = uses.get(keyOf(socket));
  return use !== undefined && use.sends > 1 && socket.bytesRead === use.bytesReadAtSend;
}
