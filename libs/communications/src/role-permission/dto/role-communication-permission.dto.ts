import { ApiProperty } from '@nestjs/swagger';
import { IntField, NestedField } from '@contactly/platform';

export class TypeChannelDto {
  @IntField({ min: 1, example: 1 }) communicationTypeId: number;
  @IntField({ min: 1, example: 3 }) sendChannelTypeId: number;
}

export class ReplaceRoleCommunicationPermissionsDto {
  @NestedField(() => TypeChannelDto, {
    isArray: true,
    maxItems: 1000,
    description: 'Every type × channel the role may send; replaces what it had',
  })
  permissions: TypeChannelDto[];
}

export class TypeChannelView {
  @ApiProperty({ example: 1 }) communicationTypeId: number;
  @ApiProperty({ example: 3 }) sendChannelTypeId: number;
}

export class RoleCommunicationPermissionsView {
  @ApiProperty({ example: 4 }) roleId: number;
  @ApiProperty({ example: 'marketer' }) roleName: string;
  @ApiProperty({ type: [TypeChannelView] }) permissions: TypeChannelView[];
}
