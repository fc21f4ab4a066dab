import type { FastifyReply } from 'fastify';
import type { RelayErrorBody } from '../contract';

export function sendError(reply: FastifyReply, status: number, code: string, message: string, field?: string): FastifyReply {
  const body: RelayErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return reply.code(status).send(body);
}
