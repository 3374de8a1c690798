/** Every named list takes `?name=`: the record of that name, ignoring case (an indexed key). */
export const NAME_PARAM = {
  extraParams: ['name'],
  extraParamDescriptions: { name: 'Only the record of this name (ignoring case and surrounding blanks)' },
} as const;
