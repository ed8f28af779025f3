import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatCents, parseMoney, MoneyFormatError } from '../money.js';
import { isIsoDate } from '../dates.js';
import { EARLIEST_DATE, latestDate, MAX_AMOUNT_CENTS } from '../domain/limits.js';

/**
 * Money: exact euro amounts as decimal strings with two decimals ("251303.91").
 * Inside the server an amount is a bigint of cents; it never passes through a float.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An exact amount in euro: a decimal string with exactly two decimals, e.g. "251303.91". Never a float.',
  serialize(value) {
    if (typeof value === 'bigint') return formatCents(value);
    if (typeof value === 'number' && Number.isSafeInteger(value)) return formatCents(BigInt(value));
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return formatCents(BigInt(value));
    throw new GraphQLError('Money must be serialised from integer cents');
  },
  parseValue(value) {
    return parseMoneyInput(value);
  },
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Money must be a decimal string such as "2000.00", not a number', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseMoneyInput(ast.value);
  },
});

function parseMoneyInput(value: unknown): bigint {
  if (typeof value !== 'string') {
    throw new GraphQLError('Money must be a decimal string such as "2000.00", not a number', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  let cents: bigint;
  try {
    cents = parseMoney(value);
  } catch (error) {
    if (error instanceof MoneyFormatError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
  // Parse-time limit (docs/data-entry.md): no amount of one record comes near it; the rules refuse zero and less.
  if (cents > MAX_AMOUNT_CENTS || cents < -MAX_AMOUNT_CENTS) {
    throw new GraphQLError(`Money must be at most ${formatCents(MAX_AMOUNT_CENTS)} in absolute value, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return cents;
}

/**
 * Date: an ISO calendar date, "2019-06-30". Kept as that string inside the server. An input date
 * lies in the documented range, 2000-01-01 to ten years after today (docs/data-entry.md): a
 * report as of 9999-12-31 is refused before anything runs.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, e.g. "2019-06-30".',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date must be serialised from an ISO date');
  },
  parseValue(value) {
    return parseDateInput(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string such as "2019-06-30"', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDateInput(ast.value);
  },
});

function parseDateInput(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const latest = latestDate();
  if (value < EARLIEST_DATE || value > latest) {
    throw new GraphQLError(`Date must be from ${EARLIEST_DATE} to ${latest} (ten years after today), got "${value}"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}
