import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { associationField } from '../../src/records/association';
import { parseResponse } from '../../src/schemas';

/** Delete Association: user-defined associations only; HighLevel deletes all its relations too. */
export default defineAction({
  key: 'deleteAssociation',
  noun: 'Association',
  label: 'Delete Association',
  description: 'Deletes a user-defined association and every relation (record link) made with it. This cannot be undone.',
  endpoint: endpoint('DELETE', '/associations/{associationId}', '2021-07-28', ['associations.write']),
  inputs: { associationId: associationField('The user-defined association to delete; its relations are deleted too.') },
  output: (body, { input }) => {
    const r = parseResponse(z.looseObject({ deleted: z.boolean().nullish(), id: z.string().nullish(), message: z.string().nullish() }), body ?? {}, 'the association delete');
    return { id: r.id ?? input.associationId, deleted: r.deleted ?? true, message: r.message ?? null };
  },
  sample: { id: '669e5795add2094075906c65', deleted: true, message: 'Association deleted successfully' },
  outputFields: [
    { key: 'id', label: 'Association ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
    { key: 'message', label: 'Message' },
  ],
});
