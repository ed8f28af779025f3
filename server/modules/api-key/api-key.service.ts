import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow, writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { invalid, notFound } from '../../domain/errors.js';
import { TEXT_LENGTHS } from '../../domain/limits.js';
import { isUuid, plainText } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { Project } from '../project/project.entity.js';
import { Role } from './api-key.enums.js';
import { ApiKey } from './api-key.entity.js';
import { hashToken, TOKEN_PREFIX } from './api-key.token.js';

export interface CreateApiKeyArgs {
  role: Role;
  label: string;
  projectCodes?: string[] | null;
}

const record = (key: ApiKey) => ({
  id: key.id,
  label: key.label,
  role: key.role,
  projectCodes: key.projectCodes,
  tokenPrefix: key.tokenPrefix,
  revokedAt: key.revokedAt ?? null,
});

export function listApiKeys(em: EntityManager): Promise<ApiKey[]> {
  return em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } });
}

/** Creates a key and returns its token, which is shown this once and never stored. */
export async function createApiKey(em: EntityManager, caller: Caller, input: CreateApiKeyArgs): Promise<{ key: ApiKey; token: string }> {
  const label = plainText('label', input.label, TEXT_LENGTHS.apiKeyLabel);
  const codes = [...new Set(input.projectCodes ?? [])];
  if (input.role === Role.OPERATOR && codes.length === 0) throw invalid('projectCodes', 'an OPERATOR key needs the projects it works on');
  if (input.role !== Role.OPERATOR && codes.length > 0) throw invalid('projectCodes', `an ${input.role} key is not limited to projects`);
  return writeTransaction(em, async (em: EntityManager) => {
    const known = new Set((await em.find(Project, { code: { $in: codes } })).map((p) => p.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) throw invalid('projectCodes', `Unknown project code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const key = em.create(ApiKey, {
      label,
      role: input.role,
      projectCodes: codes,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 12),
      createdBy: caller.actor,
    });
    await em.flush();
    audit(em, caller, { action: 'create', entity: 'api_key', entityId: key.id, after: record(key) });
    return { key, token };
  });
}

export async function revokeApiKey(em: EntityManager, caller: Caller, id: string): Promise<boolean> {
  return writeTransaction(em, async (em: EntityManager) => {
    // Locked: of two revocations at once, the second sees the first one's (and writes nothing).
    const there = isUuid(id) && (await lockRow(em, 'api_key', id, 'update'));
    const key = there ? await em.findOne(ApiKey, { id }, { refresh: true }) : null;
    if (!key) throw notFound('id', `No API key with id ${id}`);
    if (key.revokedAt) return true;
    const before = record(key);
    key.revokedAt = new Date();
    key.revokedBy = caller.actor;
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'api_key', entityId: key.id, before, after: record(key) });
    return true;
  });
}
