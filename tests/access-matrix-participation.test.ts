/**
 * The access matrix for residents' participation (issue 18): the gate's public routes, the
 * records residents leave (messages, nominations, answers, ballots), 入户代填 and 评选. Each
 * row is tried as every role; see support/accessMatrix.ts.
 */
import { describe } from 'vitest'

import { endpointRows } from './support/accessMatrix.ts'

describe('participation collections and endpoints', () => {
  endpointRows([
    ['POST', '/api/participation-contacts', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    [
      'PATCH',
      '/api/participation-contacts?where[id][equals]=0',
      { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] },
    ],
    [
      'DELETE',
      '/api/participation-contacts?where[id][equals]=0',
      { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] },
    ],
    ['GET', '/api/nominations?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/nominations', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/nominations/0/adopt', { anonymous: [403], admin: [404], editor: [404], reviewer: [403], community: [403] }],
    ['GET', '/api/participation-uploads?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [403] }],
    ['POST', '/api/participation-uploads', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    // 问卷答卷: anonymous answers, read by staff (not community workers: they get counts), made only through the gate, never edited.
    ['GET', '/api/survey-responses?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [403] }],
    ['POST', '/api/survey-responses', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    [
      'PATCH',
      '/api/survey-responses?where[id][equals]=0',
      { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] },
    ],
    [
      'DELETE',
      '/api/survey-responses?where[id][equals]=0',
      { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] },
    ],
    [
      'GET',
      '/api/participation/surveys/no-such-survey/status',
      { anonymous: [404], admin: [404], editor: [404], reviewer: [404], community: [404] },
    ],
    [
      'POST',
      '/api/participation/surveys/no-such-survey/responses',
      { anonymous: [400], admin: [400], editor: [400], reviewer: [400], community: [400] },
    ],
    // 入户代填: 户码 made in batches for the worker's own area, tokens issued to the signed-in worker; the public routes need a token.
    ['GET', '/api/household-codes?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/household-codes', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    [
      'DELETE',
      '/api/household-codes?where[id][equals]=0',
      { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] },
    ],
    ['POST', '/api/household-codes/batch', { anonymous: [403], admin: [400], editor: [400], reviewer: [403], community: [400] }],
    ['GET', '/api/field-tokens?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/field-tokens', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/field-tokens/issue', { anonymous: [403], admin: [400], editor: [400], reviewer: [403], community: [201] }],
    ['POST', '/api/field-tokens/0/revoke', { anonymous: [404], admin: [404], editor: [404], reviewer: [404], community: [404] }],
    ['GET', '/api/participation/field/surveys', { anonymous: [401], admin: [401], editor: [401], reviewer: [401], community: [401] }],
    ['POST', '/api/participation/field/sync', { anonymous: [401], admin: [401], editor: [401], reviewer: [401], community: [401] }],
    // 评选 (issue 18): codes made only in batches by community workers and administrators, ballots only through the gate.
    ['GET', '/api/elections/0/results', { anonymous: [403], admin: [404], editor: [404], reviewer: [404], community: [403] }],
    ['POST', '/api/elections/0/codes', { anonymous: [401], admin: [404], editor: [403], reviewer: [403], community: [404] }],
    ['GET', '/api/vote-codes?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/vote-codes', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['PATCH', '/api/vote-codes?where[id][equals]=0', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['DELETE', '/api/vote-codes?where[id][equals]=0', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['GET', '/api/ballots?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [403] }],
    ['POST', '/api/ballots', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['PATCH', '/api/ballots?where[id][equals]=0', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['DELETE', '/api/ballots?where[id][equals]=0', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    [
      'GET',
      '/api/participation/elections/no-such-election',
      { anonymous: [404], admin: [404], editor: [404], reviewer: [404], community: [404] },
    ],
    [
      'POST',
      '/api/participation/elections/no-such-election/ballots',
      { anonymous: [400], admin: [400], editor: [400], reviewer: [400], community: [400] },
    ],
    [
      'GET',
      '/api/participation/challenge?form=votes',
      { anonymous: [200], admin: [200], editor: [200], reviewer: [200], community: [200] },
    ],
    ['GET', '/api/departments?limit=1', { anonymous: [200], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/departments', { anonymous: [403], admin: [400], editor: [403], reviewer: [403], community: [403] }],
    ['GET', '/api/globals/participation-settings', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [403] }],
    ['POST', '/api/globals/participation-settings', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    // The public endpoints: open to all (the gate, not the role, decides); an empty form is a 400 whoever sends it.
    [
      'GET',
      '/api/participation/challenge?form=messages',
      { anonymous: [200], admin: [200], editor: [200], reviewer: [200], community: [200] },
    ],
    ['POST', '/api/participation/messages', { anonymous: [400], admin: [400], editor: [400], reviewer: [400], community: [400] }],
    [
      'GET',
      '/api/participation/receipts/0000-0000-0000',
      { anonymous: [404], admin: [404], editor: [404], reviewer: [404], community: [404] },
    ],
    [
      'DELETE',
      '/api/participation/receipts/0000-0000-0000',
      { anonymous: [404], admin: [404], editor: [404], reviewer: [404], community: [404] },
    ],
  ])
})
