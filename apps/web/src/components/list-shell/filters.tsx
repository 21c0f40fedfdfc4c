/*
 * Filter controls bound to a list's URL state (use-list.ts): each reads its filter from `list.filters` and
 * writes it with `list.set`, so a page names the filter instead of wiring value and change by hand. Any other
 * prop (placeholder, style, data-testid, showSearch…) goes through to the antd control unchanged.
 */
import type { ReactNode } from 'react';
import { Flex, Input, Segmented, Select, type GetProps, type SelectProps } from 'antd';
import type { TFilters, TParams } from './list-params.ts';

/** What the controls need of a list (use-list.ts `useList`). */
export type TFilterList<P extends TParams> = { filters: TFilters<P>; set: (patch: Partial<TFilters<P>>) => void };

// A key chosen at run time makes a patch TypeScript cannot narrow; the URL parser still checks every value.
const patch = <P extends TParams>(name: keyof P, value: string | undefined) => ({ [name]: value }) as Partial<TFilters<P>>;

/** The row the controls sit in, above the list. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      {children}
    </Flex>
  );
}

// `list` is also an <input> attribute; here it is the list.
type TSearchProps = Omit<GetProps<typeof Input.Search>, 'list' | 'name' | 'defaultValue' | 'value' | 'onSearch'>;

/** A search box for a free-text filter; runs on Enter or the button, trimmed, empty clears the filter. */
export function SearchFilter<P extends TParams>({ list, name, ...search }: { list: TFilterList<P>; name: keyof P & string } & TSearchProps) {
  const value = list.filters[name];
  return (
    // Remount when the URL changes (back button, reset) so the box shows the URL's value.
    <Input.Search key={value ?? ''} defaultValue={value} allowClear {...search} onSearch={(v) => list.set(patch<P>(name, v.trim() || undefined))} />
  );
}

type TOption = { value: string; label: ReactNode };
type TSelectProps = Omit<SelectProps<string, TOption>, 'value' | 'defaultValue' | 'onChange' | 'options' | 'allowClear'>;

/**
 * A select for a filter of known values. Clearing it drops the filter; with `all`, it offers that entry
 * (value '') in place of clearing, so it always shows a choice.
 */
export function SelectFilter<P extends TParams>({
  list,
  name,
  options,
  all,
  ...select
}: { list: TFilterList<P>; name: keyof P & string; options: TOption[]; all?: ReactNode } & TSelectProps) {
  const value: string | undefined = list.filters[name];
  const set = (v: string | undefined) => list.set(patch<P>(name, v || undefined));
  // A filter has no visible label: screen readers read what the empty select shows.
  const label = select['aria-label'] ?? [all, select.placeholder].find((text) => typeof text === 'string');
  if (all === undefined) return <Select allowClear {...select} aria-label={label} value={value} onChange={set} options={options} />;
  return <Select {...select} aria-label={label} value={value ?? ''} onChange={set} options={[{ value: '', label: all }, ...options]} />;
}

type TSegmentedProps = Omit<GetProps<typeof Segmented<string>>, 'list' | 'value' | 'onChange' | 'options'>;

/** Tabs over a filter of known values (usually one with a default, so one tab is always chosen). */
export function TabsFilter<P extends TParams>({ list, name, options, ...segmented }: { list: TFilterList<P>; name: keyof P & string; options: TOption[] } & TSegmentedProps) {
  return <Segmented<string> {...segmented} value={list.filters[name] ?? ''} onChange={(v) => list.set(patch<P>(name, v || undefined))} options={options} />;
}
