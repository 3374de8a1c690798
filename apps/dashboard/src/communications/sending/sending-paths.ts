/** The sending screens' addresses: react-admin's resource routes (list, create, show). */
export const COMMUNICATIONS_PATH = '/communications';
export const COMPOSE_PATH = '/communications/create';
export const MAILINGS_PATH = '/mailings';

export const communicationPath = (communicationId: number): string => `${COMMUNICATIONS_PATH}/${communicationId}/show`;
export const mailingPath = (mailingId: number): string => `${MAILINGS_PATH}/${mailingId}/show`;
